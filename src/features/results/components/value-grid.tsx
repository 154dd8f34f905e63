import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { numberInputValue } from '@/lib/number-input';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import { resultQueries, type Indicator, type IndicatorValue } from '../api/get-results';
import { sexes, type Sex } from '../api/result-vocabulary';
import { totalFromParts, yearsExceedingTotal } from '../api/sex-breakdown';
import { storedValues, useSaveIndicatorValues, valueGridSchemaFor, valueKey, type StoredValues, type ValueGridInput } from '../api/save-indicator-values';

interface Snapshot {
  version: StoredValues;
  updated_at: string;
}

const snapshotOf = (values: IndicatorValue[]): Snapshot => ({
  version: storedValues(values),
  updated_at: values.reduce((latest, value) => (value.updated_at > latest ? value.updated_at : latest), ''),
});

interface ValueGridProps {
  indicator: Indicator;
  years: number[];
  /** The years whose report is submitted or approved: read-only, labelled with that state. */
  frozenYears: ReadonlyMap<number, 'submitted' | 'approved'>;
  canEdit: boolean;
}

/** Target and actual values of an indicator, year by year (and by sex where chosen), saved together. */
export function ValueGrid({ indicator, years, frozenYears, canEdit }: ValueGridProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  // The years whose breakdown by sex the person has confirmed although it exceeds the total.
  const [confirmedYears, setConfirmedYears] = useState<number[]>([]);
  const [unconfirmedSave, setUnconfirmedSave] = useState(false);
  const rowSexes: readonly Sex[] = indicator.disaggregated_by_sex ? sexes : ['total'];
  const toInput = (snapshot: Snapshot): ValueGridInput => ({
    rows: years.flatMap((year) =>
      rowSexes.map((sex) => {
        const stored = snapshot.version[valueKey(year, sex)];
        return { year, sex, target_value: numberInputValue(stored?.target_value), actual_value: numberInputValue(stored?.actual_value), comment: stored?.comment ?? '' };
      }),
    ),
  });
  const loaded = snapshotOf(indicator.indicator_values);
  const form = useSchemaForm(valueGridSchemaFor(indicator.measure), toInput(loaded));
  const save = useSaveIndicatorValues();
  const qualitative = indicator.measure === 'qualitative';
  const describeRow = (input: ValueGridInput) =>
    Object.fromEntries(input.rows.map((row) => [valueKey(row.year, row.sex), [row.target_value, row.actual_value, row.comment].map((cell) => (cell === '' || cell === null ? '—' : String(cell))).join(' · ')]));
  const guarded = useGuardedSave({
    form,
    draftKey: `indicator-values:${indicator.id}`,
    loaded,
    toInput,
    describeChanges: (saved, yours) => {
      const labels = Object.fromEntries(
        saved.rows.map((row) => [valueKey(row.year, row.sex), { label: `${row.year}${row.sex === 'total' ? '' : ` (${t(`indicators.sexes.${row.sex}`)})`}` }]),
      );
      return fieldChanges(describeRow(saved), describeRow(yours), labels);
    },
    fetchLatest: async () => {
      const latest = await queryClient.fetchQuery({ ...resultQueries.indicator(indicator.id), staleTime: 0 });
      return latest ? snapshotOf(latest.indicator_values) : null;
    },
    persist: (values, stored, callbacks) => save.mutate({ indicatorId: indicator.id, rows: values.rows, stored: stored ?? {} }, callbacks),
    savedVersion: (saved: IndicatorValue[]) => storedValues(saved),
    onSaved: () => undefined,
  });
  const errors = form.formState.errors.rows;
  const rows = form.watch('rows');
  const overTotal = indicator.disaggregated_by_sex ? yearsExceedingTotal(rows) : [];
  const unconfirmed = overTotal.filter((year) => !confirmedYears.includes(year) && !frozenYears.has(year));
  const cellLabel = (what: string, year: number, sex: Sex) => `${t(`indicators.${what}`)} ${year}${sex === 'total' ? '' : ` (${t(`indicators.sexes.${sex}`)})`}`;
  const columns = 2 + (indicator.disaggregated_by_sex ? 1 : 0) + (qualitative ? 0 : 2);
  // A breakdown that exceeds its total is saved only once the person has confirmed it is right.
  const submit = (values: Parameters<typeof guarded.submit>[0]) => {
    setUnconfirmedSave(unconfirmed.length > 0);
    if (unconfirmed.length > 0) {
      document.getElementById(`breakdown-confirm-${unconfirmed[0]}`)?.focus();
      return;
    }
    guarded.submit(values);
  };
  const saved = save.isSuccess && !form.formState.isDirty;

  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={t('indicators.valuesTitle')} onSubmit={submit}>
        <FormAlert
          messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : saved ? 'indicators.valuesSaved' : null}
          tone={save.isError ? 'error' : 'success'}
        />
        <div className="table-scroll">
          <table className="table grid-table">
            <caption className="visually-hidden">{t('indicators.valuesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.year')}</th>
                {indicator.disaggregated_by_sex && <th scope="col">{t('indicators.sex')}</th>}
                {!qualitative && <th scope="col">{t('indicators.target')}</th>}
                {!qualitative && <th scope="col">{t('indicators.actual')}</th>}
                <th scope="col">{t('indicators.note')}</th>
              </tr>
            </thead>
            <tbody>
              {form.getValues('rows').map((row, index) => {
                const frozenState = frozenYears.get(row.year);
                const locked = !canEdit || frozenState !== undefined;
                const rowErrors = errors?.[index];
                const exceeds = overTotal.includes(row.year);
                const lastOfYear = rows[index + 1]?.year !== row.year;
                const fromParts = row.sex === 'total' && indicator.measure === 'number' && indicator.disaggregated_by_sex ? totalFromParts(rows, row.year) : null;
                const describedBy = (cell: 'target_value' | 'actual_value') =>
                  [rowErrors?.[cell] ? `value-error-${index}-${cell}` : null, row.sex === 'total' && exceeds ? `breakdown-warning-${row.year}` : null].filter(Boolean).join(' ') || undefined;
                return (
                  <Fragment key={valueKey(row.year, row.sex)}>
                    <tr>
                      <th scope="row">
                        {row.year}
                        {frozenState && <span className="muted"> · {t(`indicators.frozenStates.${frozenState}`)}</span>}
                      </th>
                      {indicator.disaggregated_by_sex && <td>{t(`indicators.sexes.${row.sex}`)}</td>}
                      {!qualitative &&
                        (['target_value', 'actual_value'] as const).map((cell) => (
                          <td key={cell}>
                            <input
                              type="text"
                              inputMode="decimal"
                              autoComplete="off"
                              disabled={locked}
                              aria-label={cellLabel(cell === 'target_value' ? 'target' : 'actual', row.year, row.sex)}
                              aria-invalid={rowErrors?.[cell] ? true : undefined}
                              aria-describedby={describedBy(cell)}
                              {...form.register(`rows.${index}.${cell}`)}
                            />
                            {rowErrors?.[cell]?.message && (
                              <p id={`value-error-${index}-${cell}`} className="field-error">
                                {t(rowErrors[cell].message)}
                              </p>
                            )}
                            {fromParts?.[cell] !== null && fromParts?.[cell] !== undefined && (
                              <p className="field-hint">{t('indicators.totalFromParts', { total: format.number(fromParts[cell]) })}</p>
                            )}
                          </td>
                        ))}
                      <td>
                        <input className="comment" disabled={locked} aria-label={cellLabel('noteShort', row.year, row.sex)} {...form.register(`rows.${index}.comment`)} />
                      </td>
                    </tr>
                    {exceeds && lastOfYear && (
                      <tr className="grid-warning">
                        <td colSpan={columns}>
                          <p id={`breakdown-warning-${row.year}`} className={unconfirmedSave && unconfirmed.includes(row.year) ? 'field-error' : 'notice notice-frozen'}>
                            {t('indicators.breakdownExceedsTotal', { years: row.year })}
                          </p>
                          {!locked && (
                            <label className="check">
                              <input
                                type="checkbox"
                                id={`breakdown-confirm-${row.year}`}
                                checked={confirmedYears.includes(row.year)}
                                aria-describedby={`breakdown-warning-${row.year}`}
                                onChange={(event) => setConfirmedYears((years) => (event.target.checked ? [...years, row.year] : years.filter((year) => year !== row.year)))}
                              />{' '}
                              {t('indicators.breakdownConfirm', { year: row.year })}
                            </label>
                          )}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
        {unconfirmedSave && unconfirmed.length > 0 && (
          <p className="field-error" role="alert">
            {t('indicators.breakdownUnconfirmed', { years: unconfirmed.join(', ') })}
          </p>
        )}
        {canEdit && <SaveButton mutation={save} label={t('indicators.saveValues')} />}
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
