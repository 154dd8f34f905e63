import { useTranslation } from 'react-i18next';
import { ProgressStatement } from '@/components/figures/progress-statement';
import type { Indicator } from '../api/get-results';
import { indicatorProgress } from '../api/indicator-progress';
import { yearTotals } from '../api/sex-breakdown';

/** Where an indicator stands by its aggregation rule, with the rule spelled out. */
export function IndicatorProgressSummary({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  if (indicator.measure === 'qualitative') return <p className="muted">{t('indicators.qualitativeProgress')}</p>;
  const progress = indicatorProgress({ aggregation: indicator.aggregation, higherIsBetter: indicator.higher_is_better, baseline: indicator.baseline_value, years: yearTotals(indicator) });
  return (
    <div className="progress-summary">
      <p>
        <strong>{t(`indicators.rules.${indicator.aggregation}`)}:</strong> {t(`indicators.ruleExplained.${indicator.aggregation}`)}
      </p>
      <ProgressStatement progress={progress} unit={indicator.unit} />
    </div>
  );
}
