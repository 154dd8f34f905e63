import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgressStatement } from '@/components/figures/progress-statement';
import { TableFrame } from '@/components/table/table-frame';
import { Loading } from '@/components/status/loading';
import { useFormat } from '@/lib/format';
import { vocabularies } from '@/lib/vocabularies';
import { reportQueries, type ReportIndicator } from '../api/get-reports';

const changeLevels = [...vocabularies.change_level, null] as const;

interface ReportIndicatorsProps {
  reportId: string;
  indicatorHref: (resultId: string, indicatorId: string) => string;
  /** What belongs under a year's value, like the reviewers' comments on it. */
  valueExtras?: (valueId: string) => ReactNode;
}

/**
 * Every indicator's target and actual value of the report's year, by sex where it counts by sex,
 * and its progress through that year, from the report's facts: as submitted, once it is submitted.
 */
export function ReportIndicators({ reportId, indicatorHref, valueExtras }: ReportIndicatorsProps) {
  const { t } = useTranslation();
  const facts = useQuery(reportQueries.facts(reportId));
  if (facts.isPending) return <Loading />;
  if (facts.isError) return <p>{t('errors.generic')}</p>;
  if (facts.data.indicators.length === 0) return <p>{t('results.none')}</p>;
  // Grouped by the level at which their results bring change, as the theory of change reads them.
  const groups = changeLevels
    .map((level) => ({ level, indicators: facts.data.indicators.filter((indicator) => (indicator.result_change_level ?? null) === level) }))
    .filter((group) => group.indicators.length > 0);
  return groups.map(({ level, indicators }) => (
    <section key={level ?? 'none'} aria-labelledby={`change-level-${level ?? 'none'}`}>
      <h3 id={`change-level-${level ?? 'none'}`}>{level ? t(`results.changeLevels.${level}`) : t('results.notClassified')}</h3>
      <ul className="indicator-list">
        {indicators.map((indicator) => {
          const total = indicator.values.find((value) => value.sex === 'total');
          return (
            <li key={indicator.indicator_id} id={`year-indicator-${indicator.indicator_id}`} className="card">
              <h4>
                <Link to={indicatorHref(indicator.result_id, indicator.indicator_id)}>{indicator.title}</Link>
              </h4>
              <p className="muted">
                {indicator.result_title}
                {indicator.result_change_side && ` · ${t(`results.changeSides.${indicator.result_change_side}`)}`}
                {indicator.sdg_indicator_id && ` · ${t('indicators.officialShort', { id: indicator.sdg_indicator_id })}`}
              </p>
              <YearValues indicator={indicator} year={facts.data.year} />
              {indicator.measure === 'qualitative' ? (
                <p className="muted">{t('indicators.qualitativeProgress')}</p>
              ) : (
                <div className="progress-summary">
                  <p>
                    <strong>{t(`indicators.rules.${indicator.aggregation}`)}:</strong> {t(`indicators.ruleExplained.${indicator.aggregation}`)}
                  </p>
                  <ProgressStatement progress={{ ...indicator.progress, throughYear: indicator.progress.through_year }} unit={indicator.unit} />
                </div>
              )}
              {total && valueExtras?.(total.value_id)}
            </li>
          );
        })}
      </ul>
    </section>
  ));
}

/** The year's target and actual value, with the partnership's notes; a table by sex where it counts by sex. */
function YearValues({ indicator, year }: { indicator: ReportIndicator; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const amount = (value: number | null | undefined) => (value === null || value === undefined ? t('reports.noValue') : format.amount(value, indicator.unit));
  const notes = indicator.values.filter((value) => value.comment.trim() !== '');
  const noteList = notes.length > 0 && (
    <dl className="value-notes">
      {notes.map((value) => (
        <div key={value.sex}>
          <dt>{value.sex === 'total' ? t('indicators.note') : `${t('indicators.note')} (${t(`indicators.sexes.${value.sex}`)})`}</dt>
          <dd>{value.comment}</dd>
        </div>
      ))}
    </dl>
  );
  if (indicator.measure === 'qualitative') return noteList || <p>{t('reports.noNote', { year })}</p>;
  const totalTarget = amount(indicator.total?.target_value) + (indicator.total?.target_from_parts ? ` ${t('reports.sumBySex')}` : '');
  const totalActual = amount(indicator.total?.actual_value) + (indicator.total?.actual_from_parts ? ` ${t('reports.sumBySex')}` : '');
  if (!indicator.disaggregated_by_sex) {
    return (
      <>
        <p>{t('reports.yearValue', { year, target: totalTarget, actual: totalActual })}</p>
        {noteList}
      </>
    );
  }
  const bySex = (['women', 'men', 'other'] as const).map((sex) => ({ sex, value: indicator.values.find((value) => value.sex === sex) }));
  return (
    <>
      <TableFrame caption={t('reports.valuesBySex', { year })} columns={[t('indicators.sex'), t('indicators.target'), t('indicators.actual')]}>
        <tr>
          <th scope="row">{t('indicators.sexes.total')}</th>
          <td>{totalTarget}</td>
          <td>{totalActual}</td>
        </tr>
        {bySex.map(({ sex, value }) => (
          <tr key={sex}>
            <th scope="row">{t(`indicators.sexes.${sex}`)}</th>
            <td>{amount(value?.target_value)}</td>
            <td>{amount(value?.actual_value)}</td>
          </tr>
        ))}
      </TableFrame>
      {noteList}
    </>
  );
}
