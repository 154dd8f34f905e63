import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { writeErrorMessage } from '@/lib/write-errors';
import { resultQueries, type Indicator, type IndicatorValue } from '../api/get-results';
import { sexes, type Sex } from '../api/result-vocabulary';
import { yearsExceedingTotal } from '../api/sex-breakdown';
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
  frozenYears: number[];
  canEdit: boolean;
}

/** Target and actual values of an indicator, year by year (and by sex where chosen), saved together. */
export function ValueGrid({ indicator, years, frozenYears, canEdit }: ValueGridProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rowSexes: readonly Sex[] = indicator.disaggregated_by_sex ? sexes : ['total'];
  const toInput = (snapshot: Snapshot): ValueGridInput => ({
    rows: years.flatMap((year) =>
      rowSexes.map((sex) => {
        const stored = snapshot.version[valueKey(year, sex)];
        return { year, sex, target_value: stored?.target_value ?? '', actual_value: stored?.actual_value ?? '', comment: stored?.comment ?? '' };
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
  const overTotal = indicator.disaggregated_by_sex ? yearsExceedingTotal(form.watch('rows')) : [];
  const cellLabel = (what: string, year: number, sex: Sex) => `${t(`indicators.${what}`)} ${year}${sex === 'total' ? '' : ` (${t(`indicators.sexes.${sex}`)})`}`;

  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={t('indicators.valuesTitle')} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : save.isSuccess ? 'indicators.valuesSaved' : null} tone={save.isError ? 'error' : 'success'} />
        <div className="table-scroll">
          <table className="table grid-table">
            <caption className="visually-hidden">{t('indicators.valuesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.year')}</th>
                {indicator.disaggregated_by_sex && <th scope="col">{t('indicators.sex')}</th>}
                {!qualitative && <th scope="col">{t('indicators.target')}</th>}
                {!qualitative && <th scope="col">{t('indicators.actual')}</th>}
                <th scope="col">{t('indicators.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {form.getValues('rows').map((row, index) => {
                const locked = !canEdit || frozenYears.includes(row.year);
                const rowErrors = errors?.[index];
                return (
                  <tr key={valueKey(row.year, row.sex)}>
                    <th scope="row">
                      {row.year}
                      {frozenYears.includes(row.year) && <span className="muted"> · {t('indicators.frozen')}</span>}
                    </th>
                    {indicator.disaggregated_by_sex && <td>{t(`indicators.sexes.${row.sex}`)}</td>}
                    {!qualitative &&
                      (['target_value', 'actual_value'] as const).map((cell) => (
                        <td key={cell}>
                          <input
                            type="number"
                            inputMode="decimal"
                            step="any"
                            min={0}
                            disabled={locked}
                            aria-label={cellLabel(cell === 'target_value' ? 'target' : 'actual', row.year, row.sex)}
                            aria-invalid={rowErrors?.[cell] ? true : undefined}
                            aria-describedby={rowErrors?.[cell] ? `value-error-${index}-${cell}` : undefined}
                            {...form.register(`rows.${index}.${cell}`)}
                          />
                          {rowErrors?.[cell]?.message && (
                            <p id={`value-error-${index}-${cell}`} className="field-error">
                              {t(rowErrors[cell].message)}
                            </p>
                          )}
                        </td>
                      ))}
                    <td>
                      <input className="comment" disabled={locked} aria-label={cellLabel('comment', row.year, row.sex)} {...form.register(`rows.${index}.comment`)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {overTotal.length > 0 && (
          <p className="notice notice-frozen" role="status">
            {t('indicators.breakdownExceedsTotal', { years: overTotal.join(', ') })}
          </p>
        )}
        {canEdit && <SaveButton mutation={save} label={t('indicators.saveValues')} />}
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
