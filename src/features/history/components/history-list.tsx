import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/status/loading';
import { useFormat } from '@/lib/format';
import { historyQueries, type HistoryEntry, type IndicatorValueChange, type ValueFieldChange } from '../api/get-history';

/** What changed lately in a partnership, by whom and when. */
export function HistoryList({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(historyQueries.recent(partnershipId));
  if (history.isPending) return <Loading />;
  if (history.isError) return <p>{t('errors.generic')}</p>;
  if (history.data.length === 0) return <p>{t('history.none')}</p>;

  const shown = (value: ValueFieldChange['before']) => (value === null ? '—' : typeof value === 'number' ? format.number(value) : t('history.quoted', { text: value }));
  const changeText = (change: ValueFieldChange, action: HistoryEntry['action']) => {
    const field = t(`history.fields.${change.field}`);
    if (action === 'insert') return t('history.set', { field, value: shown(change.after) });
    if (action === 'delete') return t('history.set', { field, value: shown(change.before) });
    return t('history.changed', { field, before: shown(change.before), after: shown(change.after) });
  };
  const valueText = (entry: HistoryEntry, actor: string, value: IndicatorValueChange) => {
    const indicator = value.indicator ?? t('history.anIndicator');
    const what = value.sex === 'total' ? t('history.valueOf', { year: value.year, indicator }) : t('history.valueOfSex', { year: value.year, indicator, sex: t(`history.sexes.${value.sex}`) });
    const changes = value.changes.map((change) => changeText(change, entry.action)).join(', ') || t('history.noChange');
    return t(`history.value${entry.action === 'insert' ? 'Insert' : entry.action === 'update' ? 'Update' : 'Delete'}`, { actor, what, changes });
  };
  const describe = (entry: HistoryEntry) => {
    const actor = entry.actor || t('history.system');
    if (entry.value) return valueText(entry, actor, entry.value);
    return t(`history.${entry.action}`, {
      actor,
      what: t(`history.tables.${entry.table_name}`, { defaultValue: entry.table_name }),
      subject: entry.subject ? t('history.quoted', { text: entry.subject }) : '',
    });
  };
  return (
    <ol className="history">
      {history.data.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.changed_at}>{format.dateTime(entry.changed_at)}</time> {describe(entry)}
        </li>
      ))}
    </ol>
  );
}
