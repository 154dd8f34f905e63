import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface OrganisationChecklistProps {
  legend: string;
  /** Placeholder-free label of the filter, e.g. "Find a Swedish organisation". */
  filterLabel: string;
  options: { id: string; label: string }[];
  chosen: string[];
  registration: UseFormRegisterReturn;
  error?: { message?: string };
}

/** With more choices than this, a filter narrows the list. */
const filterFrom = 6;

/**
 * One side of a partnership: a checkbox per organisation, which a finger, a keyboard and a screen
 * reader all work alike. A filter narrows a long list; chosen organisations stay in view, and
 * filtered ones stay in the form (hidden, not removed), so none is lost while filtering.
 */
export function OrganisationChecklist({ legend, filterLabel, options, chosen, registration, error }: OrganisationChecklistProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase(i18n.language);
  const shown = (option: { id: string; label: string }) => !needle || chosen.includes(option.id) || option.label.toLocaleLowerCase(i18n.language).includes(needle);
  return (
    <fieldset className="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.length > filterFrom && (
        <div className="field">
          <label htmlFor={`${id}-filter`}>{filterLabel}</label>
          <input id={`${id}-filter`} type="search" autoComplete="off" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.id} className="checkbox-field" hidden={!shown(option)}>
            <input type="checkbox" value={option.id} {...registration} /> {option.label}
          </label>
        ))}
      </div>
      {needle && !options.some(shown) && <p className="muted">{t('partnerships.noOrganisationMatches')}</p>}
      {error?.message && (
        <p id={`${id}-error`} className="field-error">
          {t(error.message)}
        </p>
      )}
    </fieldset>
  );
}
