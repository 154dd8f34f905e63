import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/lib/format';
import { notificationsQuery } from '../api/get-notifications';

/** What reviewers last did with the viewer's reports, each linking to the report. */
export function ReviewNotifications({ partnershipIds, reportHref }: { partnershipIds: string[]; reportHref: (partnershipId: string, year: number) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notifications = useQuery(notificationsQuery(partnershipIds));
  if (!notifications.data || notifications.data.length === 0) return null;
  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('notifications.title')}</h2>
      <ul className="notifications">
        {notifications.data.map((event) =>
          event.report?.partnership ? (
            <li key={event.id}>
              <Link to={reportHref(event.report.partnership.id, event.report.year)}>
                {t(`notifications.${event.to_status}`, { partnership: event.report.partnership.name, year: event.report.year, actor: event.actor?.full_name || t('comments.unknownAuthor') })}
              </Link>{' '}
              <span className="muted">{format.dateTime(event.created_at)}</span>
              {event.note && <q className="event-note">{event.note}</q>}
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
