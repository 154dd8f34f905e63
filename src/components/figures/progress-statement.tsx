import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

export interface ProgressFigures {
  achieved: number | null;
  target: number | null;
  throughYear: number | null;
  share: number | null;
}

/**
 * Where an indicator stands, in words and as a bar: what it achieved against what target, through
 * which year, and how far that is, an overshoot read as the target exceeded.
 */
export function ProgressStatement({ progress, unit }: { progress: ProgressFigures; unit: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { achieved, target, throughYear, share } = progress;
  if (achieved === null) return <p>{t('indicators.noActual')}</p>;
  const rounded = share === null ? null : Math.round(share * 100);
  const shareKey = rounded === null ? null : rounded > 100 ? 'indicators.progressExceeded' : rounded === 100 ? 'indicators.progressReached' : 'indicators.progressShare';
  return (
    <>
      <p>
        {target === null
          ? t('indicators.progressNoTarget', { achieved: format.amount(achieved, unit), year: throughYear })
          : t('indicators.progressText', { achieved: format.amount(achieved, unit), target: format.amount(target, unit), year: throughYear })}
        {shareKey !== null && share !== null && ` ${t(shareKey, { percent: format.percent(share) })}`}
      </p>
      {share !== null && (
        <div className="progress-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, share * 100))}%` }} />
        </div>
      )}
    </>
  );
}
