import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '@/components/table/table-frame';
import { useFormat } from '@/lib/format';
import { reportQueries, type ReportChange } from '../api/get-reports';
import { reportSections } from '../api/report-sections';

type SectionChange = Extract<ReportChange, { kind: 'section' }>;
type ValueChange = Extract<ReportChange, { kind: 'value' }>;

/**
 * What the partnership changed after the report was last returned: each narrative section as it
 * was then and as it is now, and the year's indicator values before and after. Nothing while the
 * report has never been returned or nothing changed since.
 */
export function ChangesSinceReturn({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changes = useQuery(reportQueries.changesSinceReturn(reportId));
  if (!changes.data || changes.data.length === 0) return null;
  const sections = reportSections.flatMap((section) => changes.data.filter((change): change is SectionChange => change.kind === 'section' && change.key === section));
  const values = changes.data.filter((change): change is ValueChange => change.kind === 'value');
  const text = (value: string | null) => (value?.trim() ? value : t('reports.changes.empty'));
  const figure = (value: number | null) => (value === null ? t('reports.noValue') : format.number(value));
  const valueText = (value: ValueChange['before']) =>
    value === null
      ? t('reports.changes.noValue')
      : [t('reports.changes.value', { target: figure(value.target_value), actual: figure(value.actual_value) }), value.comment.trim()].filter(Boolean).join(' · ');
  return (
    <section aria-labelledby="changes-since-return-heading" className="card">
      <h2 id="changes-since-return-heading">{t('reports.changes.title', { date: format.date(changes.data[0].returned_at) })}</h2>
      {sections.map((change) => (
        <div key={change.key}>
          <h3>{t(`reports.sections.${change.key}`)}</h3>
          <dl className="change-pair">
            <dt>{t('reports.changes.then')}</dt>
            <dd className="change-then">{text(change.before)}</dd>
            <dt>{t('reports.changes.now')}</dt>
            <dd className="change-now">{text(change.after)}</dd>
          </dl>
        </div>
      ))}
      {values.length > 0 && (
        <TableFrame caption={t('reports.changes.values')} columns={[t('reports.changes.indicator'), t('indicators.sex'), t('reports.changes.then'), t('reports.changes.now')]}>
          {values.map((change) => (
            <tr key={change.key}>
              <th scope="row">{change.indicator_title ?? t('reports.changes.deletedIndicator')}</th>
              <td>{t(`indicators.sexes.${change.sex}`)}</td>
              <td>{valueText(change.before)}</td>
              <td>{valueText(change.after)}</td>
            </tr>
          ))}
        </TableFrame>
      )}
    </section>
  );
}
