import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Indicator } from '../api/get-results';
import { indicatorProgress } from '../api/indicator-progress';

/** Where an indicator stands by its aggregation rule, with the rule spelled out. */
export function IndicatorProgressSummary({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (indicator.measure === 'qualitative') return <p className="muted">{t('indicators.qualitativeProgress')}</p>;
  const progress = indicatorProgress({
    aggregation: indicator.aggregation,
    higherIsBetter: indicator.higher_is_better,
    baseline: indicator.baseline_value,
    years: indicator.indicator_values.filter((value) => value.sex === 'total').map((value) => ({ year: value.year, target: value.target_value, actual: value.actual_value })),
  });
  const amount = (value: number | null) => (value === null ? '—' : `${format.number(value)}${indicator.unit ? ` ${indicator.unit}` : ''}`);
  const percent = progress.share === null ? null : Math.round(progress.share * 100);
  return (
    <div className="progress-summary">
      <p>
        <strong>{t(`indicators.rules.${indicator.aggregation}`)}:</strong> {t(`indicators.ruleExplained.${indicator.aggregation}`)}
      </p>
      <p>
        {progress.achieved === null
          ? t('indicators.noActual')
          : t('indicators.progressText', { achieved: amount(progress.achieved), target: amount(progress.target), year: progress.throughYear })}
        {percent !== null && ` ${t('indicators.progressShare', { percent })}`}
      </p>
      {percent !== null && (
        <div className="progress-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
        </div>
      )}
    </div>
  );
}
