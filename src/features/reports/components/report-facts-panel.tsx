import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { useFormat } from '@/lib/format';
import { vocabularies } from '@/lib/vocabularies';
import { reportQueries } from '../api/get-reports';

/** The year's facts beside the narrative: participants, principles, stages and targets, from the data. */
export function ReportFactsPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = useQuery(reportQueries.facts(reportId));
  if (facts.isPending) return <Loading />;
  if (facts.isError) return <p>{t('errors.generic')}</p>;
  const { participants } = facts.data;
  return (
    <div className="report-facts">
      <dl className="figures">
        <div>
          <dt>{t('reports.facts.activities')}</dt>
          <dd>{format.number(facts.data.activities)}</dd>
        </div>
        <div>
          <dt>{t('reports.facts.participants')}</dt>
          <dd>{format.number(participants.women + participants.men + participants.other)}</dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="table">
          <caption>{t('reports.facts.bySex')}</caption>
        <tbody>
          {(['women', 'men', 'other'] as const).map((sex) => (
            <tr key={sex}>
              <th scope="row">{t(`indicators.sexes.${sex}`)}</th>
              <td>{format.number(participants[sex])}</td>
            </tr>
          ))}
          </tbody>
        </table>
      </div>
      <h3>{t('reports.facts.principles')}</h3>
      <ul className="plain-list">
        {vocabularies.principle.map((principle) => {
          const count = facts.data.principles.find((entry) => entry.principle === principle)?.activities ?? 0;
          return (
            <li key={principle}>
              {t(`activities.principles.${principle}`)}: {count > 0 ? t('reports.facts.inActivities', { count }) : t('reports.facts.notCovered')}
            </li>
          );
        })}
      </ul>
      <h3>{t('reports.facts.stages')}</h3>
      <ul className="plain-list">
        {facts.data.stages.length === 0 && <li>{t('reports.facts.noStages')}</li>}
        {facts.data.stages.map((entry) => (
          <li key={entry.stage}>
            {t(`activities.stages.${entry.stage}`)}: {t('reports.facts.inActivities', { count: entry.activities })}
          </li>
        ))}
      </ul>
      <h3>{t('reports.facts.targets')}</h3>
      {/* An empty table would still be a scrollable region without anything to reach in it. */}
      {facts.data.targets.length === 0 ? (
        <p>{t('reports.facts.noTargets')}</p>
      ) : (
        <TableFrame caption={t('reports.facts.targets')} columns={[t('reports.facts.target'), t('targetLinks.direct'), t('targetLinks.indirect')]}>
          {facts.data.targets.map((entry) => (
            <tr key={entry.target_id}>
              <th scope="row">{entry.target_id}</th>
              <td>{entry.direct}</td>
              <td>{entry.indirect}</td>
            </tr>
          ))}
        </TableFrame>
      )}
    </div>
  );
}
