import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/status/loading';
import { useFormat } from '@/lib/format';
import { historyQueries } from '../api/get-history';

/** What changed lately in a partnership, by whom and when. */
export function HistoryList({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(historyQueries.recent(partnershipId));
  if (history.isPending) return <Loading />;
  if (history.isError) return <p>{t('errors.generic')}</p>;
  if (history.data.length === 0) return <p>{t('history.none')}</p>;
  return (
    <ol className="history">
      {history.data.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.changed_at}>{format.dateTime(entry.changed_at)}</time>{' '}
          {t(`history.${entry.action}`, {
            actor: entry.actor ?? t('history.system'),
            what: t(`history.tables.${entry.table_name}`, { defaultValue: entry.table_name }),
            subject: entry.subject ? t('history.quoted', { text: entry.subject }) : '',
          })}
        </li>
      ))}
    </ol>
  );
}
