import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { NumberField, SelectField, TextField } from '@/components/form/text-field';
import { numberInputValue } from '@/lib/number-input';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { sdgIndicatorsQuery, sdgIndicatorText } from '@/lib/sdg/get-indicators';
import { writeErrorMessage } from '@/lib/write-errors';
import { resultQueries, type Indicator, type Result } from '../api/get-results';
import { aggregations } from '../api/indicator-progress';
import { measures } from '../api/result-vocabulary';
import { indicatorFormSchema, useSaveIndicator, type IndicatorFormInput } from '../api/save-indicator';

const emptyIndicator: IndicatorFormInput = {
  title: '',
  sdg_indicator_id: '',
  measure: 'number',
  unit: '',
  aggregation: 'sum',
  direction: 'higher',
  baseline_year: '',
  baseline_value: '',
  disaggregated_by_sex: false,
};

const toIndicatorFormInput = (indicator: Indicator): IndicatorFormInput => ({
  title: indicator.title,
  sdg_indicator_id: indicator.sdg_indicator_id ?? '',
  measure: indicator.measure,
  unit: indicator.unit,
  aggregation: indicator.aggregation,
  direction: indicator.higher_is_better ? 'higher' : 'lower',
  baseline_year: indicator.baseline_year ?? '',
  baseline_value: numberInputValue(indicator.baseline_value),
  disaggregated_by_sex: indicator.disaggregated_by_sex,
});

interface IndicatorFormProps {
  result: Result;
  indicator?: Indicator;
  label: string;
  canEdit: boolean;
  onSaved: (indicatorId: string) => void;
}

/** Defines how a result is measured, optionally by an official SDG indicator of its targets. */
export function IndicatorForm({ result, indicator, label, canEdit, onSaved }: IndicatorFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const official = useQuery(sdgIndicatorsQuery());
  const form = useSchemaForm(indicatorFormSchema, indicator ? toIndicatorFormInput(indicator) : emptyIndicator);
  const save = useSaveIndicator();
  const [showAll, setShowAll] = useState(false);
  const guarded = useGuardedSave({
    form,
    draftKey: indicator ? `indicator:${indicator.id}` : `indicator:new:${result.id}`,
    loaded: indicator,
    historyOf: indicator && { table: 'indicators', rowId: indicator.id },
    toInput: toIndicatorFormInput,
    describeChanges: (saved, yours) =>
      fieldChanges(saved, yours, {
        title: { label: t('indicators.fieldTitle') },
        sdg_indicator_id: { label: t('indicators.official') },
        measure: { label: t('indicators.measure'), show: (measure) => t(`indicators.measures.${measure}`) },
        unit: { label: t('indicators.unit') },
        aggregation: { label: t('indicators.aggregation'), show: (rule) => t(`indicators.rules.${rule}`) },
        direction: { label: t('indicators.direction'), show: (direction) => t(`indicators.directions.${direction}`) },
        baseline_year: { label: t('indicators.baselineYear') },
        baseline_value: { label: t('indicators.baselineValue') },
        disaggregated_by_sex: { label: t('indicators.bySex'), show: (bySex) => t(bySex ? 'indicators.yes' : 'indicators.no') },
      }),
    fetchLatest: () => queryClient.fetchQuery({ ...resultQueries.indicator(indicator?.id ?? ''), staleTime: 0 }),
    persist: (values, version, callbacks) => save.mutate({ result, values, existing: indicator && { id: indicator.id, version: version ?? indicator.version } }, callbacks),
    savedVersion: (saved: { id: string; version: number }) => saved.version,
    onSaved: (saved) => onSaved(saved.id),
  });
  const errors = form.formState.errors;
  const linkedTargets = result.result_targets.map((link) => link.target_id);
  const chosenId = form.watch('sdg_indicator_id');
  const chosen = official.data?.find((candidate) => candidate.id === chosenId);
  const offered = (official.data ?? []).filter((candidate) => showAll || linkedTargets.includes(candidate.target_id) || candidate.id === chosenId);
  const aggregation = form.watch('aggregation');

  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={label} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : null} />
        <fieldset className="plain-fieldset" disabled={!canEdit}>
          <TextField label={t('indicators.fieldTitle')} registration={form.register('title')} error={errors.title} />
          <SelectField label={t('indicators.official')} hint={t('indicators.officialHint', { targets: linkedTargets.join(', ') })} registration={form.register('sdg_indicator_id')}>
            <option value="">{t('indicators.noOfficial')}</option>
            {offered.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.id} {sdgIndicatorText(candidate, i18n.language)}
              </option>
            ))}
          </SelectField>
          <label className="check">
            <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} /> {t('indicators.showAll')}
          </label>
          {chosen && !linkedTargets.includes(chosen.target_id) && (
            <p className="notice notice-frozen" role="status">
              {t('indicators.unlinkedWarning', { indicator: chosen.id, target: chosen.target_id })}
            </p>
          )}
          <div className="field-row">
            <SelectField label={t('indicators.measure')} registration={form.register('measure')} error={errors.measure}>
              {measures.map((measure) => (
                <option key={measure} value={measure}>
                  {t(`indicators.measures.${measure}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('indicators.unit')} hint={t('indicators.unitHint')} registration={form.register('unit')} error={errors.unit} />
          </div>
          <SelectField label={t('indicators.aggregation')} hint={t(`indicators.ruleExplained.${aggregation}`)} registration={form.register('aggregation')}>
            {aggregations.map((rule) => (
              <option key={rule} value={rule}>
                {t(`indicators.rules.${rule}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('indicators.direction')} registration={form.register('direction')}>
            <option value="higher">{t('indicators.directions.higher')}</option>
            <option value="lower">{t('indicators.directions.lower')}</option>
          </SelectField>
          <div className="field-row">
            <NumberField whole label={t('indicators.baselineYear')} registration={form.register('baseline_year')} error={errors.baseline_year} />
            <NumberField label={t('indicators.baselineValue')} registration={form.register('baseline_value')} error={errors.baseline_value} />
          </div>
          <label className="check">
            <input type="checkbox" {...form.register('disaggregated_by_sex')} /> {t('indicators.bySexLabel')}
          </label>
        </fieldset>
        {canEdit && <SaveButton mutation={save} label={t('indicators.save')} />}
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
