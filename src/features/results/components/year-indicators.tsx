import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/status/loading';
import { useFormat } from '@/lib/format';
import { resultQueries } from '../api/get-results';
import { IndicatorProgressSummary } from './indicator-progress-summary';

interface YearIndicatorsProps {
  partnershipId: string;
  year: number;
  indicatorHref: (resultId: string, indicatorId: string) => string;
  /** What belongs under a year's value, like the reviewers' comments on it. */
  valueExtras?: (valueId: string) => ReactNode;
}

/** Every indicator's target, actual value and comment for one year, with its progress so far. */
export function YearIndicators({ partnershipId, year, indicatorHref, valueExtras }: YearIndicatorsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const results = useQuery(resultQueries.list(partnershipId));
  if (results.isPending) return <Loading />;
  if (results.isError) return <p>{t('errors.generic')}</p>;
  const indicators = results.data.flatMap((result) => result.indicators.map((indicator) => ({ result, indicator })));
  if (indicators.length === 0) return <p>{t('results.none')}</p>;
  const amount = (value: number | null | undefined, unit: string) => (value === null || value === undefined ? '—' : `${format.number(value)}${unit ? ` ${unit}` : ''}`);
  return (
    <ul className="indicator-list">
      {indicators.map(({ result, indicator }) => {
        const value = indicator.indicator_values.find((candidate) => candidate.year === year && candidate.sex === 'total');
        return (
          <li key={indicator.id} id={`year-indicator-${indicator.id}`} className="card">
            <h3>
              <Link to={indicatorHref(result.id, indicator.id)}>{indicator.title}</Link>
            </h3>
            <p className="muted">
              {result.title}
              {indicator.sdg_indicator_id && ` · ${t('indicators.officialShort', { id: indicator.sdg_indicator_id })}`}
            </p>
            <p>
              {t('reports.yearValue', { year, target: amount(value?.target_value, indicator.unit), actual: amount(value?.actual_value, indicator.unit) })}
              {value?.comment && ` — ${value.comment}`}
            </p>
            <IndicatorProgressSummary indicator={indicator} />
            {value && valueExtras?.(value.id)}
          </li>
        );
      })}
    </ul>
  );
}
