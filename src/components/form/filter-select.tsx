import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | number | undefined;
  /** [value, label] pairs. */
  options: (readonly [string, string])[];
  /** Offer "All" as the first choice (no filter). */
  allowAny?: boolean;
  /** What the no-filter choice says, where "All" would not (e.g. "Every year, waiting reports"). */
  anyLabel?: string;
}

/** One filter of a GET form whose values live in the URL. */
export function FilterSelect({ name, label, value, options, allowAny = true, anyLabel }: FilterSelectProps) {
  const { t } = useTranslation();
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value === undefined ? '' : String(value)} key={String(value)}>
        {allowAny && <option value="">{anyLabel ?? t('activities.any')}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Applies a filter form, or clears every filter. */
export function FilterActions() {
  const { t } = useTranslation();
  return (
    <div className="filter-actions">
      <button type="submit" className="button button-primary">
        {t('activities.apply')}
      </button>
      <Link to="?">{t('activities.clear')}</Link>
    </div>
  );
}
