import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { reviewQueries } from '../api/review-report';

/** Every change of a report's state: who, when, and the reason given. */
export function ReportTimeline({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useQuery(reviewQueries.events(reportId));
  if (!events.data || events.data.length === 0) return <p>{t('review.noEvents')}</p>;
  return (
    <ol className="history">
      {events.data.map((event) => (
        <li key={event.id}>
          <time dateTime={event.created_at}>{format.dateTime(event.created_at)}</time>{' '}
          {t(`review.events.${event.to_status}`, { actor: event.actor?.full_name ?? t('history.system') })}
          {event.note && <q className="event-note">{event.note}</q>}
        </li>
      ))}
    </ol>
  );
}
