import { useQueryClient } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { SelectField, TextAreaField, TextField } from '@/components/form/text-field';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { TargetLinksField } from '@/components/sdg/target-links-field';
import { writeErrorMessage } from '@/lib/write-errors';
import { resultQueries, type Result } from '../api/get-results';
import { changeLevels, changeSides, resultLevels } from '../api/result-vocabulary';
import { resultFormSchema, useSaveResult, type ResultFormInput } from '../api/save-result';

// Until chosen, a closed list's field holds '' (its select's prompt), which the schema refuses.
const unchosen = '' as never;
const emptyResult: ResultFormInput = { title: '', description: '', level: unchosen, change_level: unchosen, change_side: unchosen, targets: [] };

const toResultFormInput = (result: Result): ResultFormInput => ({
  title: result.title,
  description: result.description,
  level: result.level,
  change_level: result.change_level ?? unchosen,
  change_side: result.change_side ?? unchosen,
  targets: result.result_targets,
});

interface ResultFormProps {
  partnershipId: string;
  result?: Result;
  label: string;
  canEdit: boolean;
  onSaved: (resultId: string) => void;
}

/** Adds or edits a result (output, outcome or impact) and the SDG targets it contributes to. */
export function ResultForm({ partnershipId, result, label, canEdit, onSaved }: ResultFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(resultFormSchema, result ? toResultFormInput(result) : emptyResult);
  const save = useSaveResult();
  const targets = useController({ control: form.control, name: 'targets' });
  const guarded = useGuardedSave({
    form,
    draftKey: result ? `result:${result.id}` : `result:new:${partnershipId}`,
    loaded: result,
    historyOf: result && { table: 'results', rowId: result.id },
    toInput: toResultFormInput,
    describeChanges: (saved, yours) =>
      fieldChanges(saved, yours, {
        title: { label: t('results.fieldTitle') },
        level: { label: t('results.level'), show: (level) => t(`results.levels.${level}`) },
        change_level: { label: t('results.changeLevel'), show: (level) => (level ? t(`results.changeLevels.${level}`) : '') },
        change_side: { label: t('results.changeSide'), show: (side) => (side ? t(`results.changeSides.${side}`) : '') },
        description: { label: t('results.description') },
        targets: { label: t('results.targets'), show: (links) => links.map((link) => `${link.target_id} (${t(`targetLinks.${link.contribution}`)})`).sort().join(', ') },
      }),
    fetchLatest: () => queryClient.fetchQuery({ ...resultQueries.detail(result?.id ?? ''), staleTime: 0 }),
    persist: (values, version, callbacks) => save.mutate({ partnershipId, values, existing: result && { id: result.id, version: version ?? result.version } }, callbacks),
    savedVersion: (saved: { id: string; version: number }) => saved.version,
    onSaved: (saved) => onSaved(saved.id),
  });
  const errors = form.formState.errors;
  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={label} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : null} />
        <fieldset className="plain-fieldset" disabled={!canEdit}>
          <TextField label={t('results.fieldTitle')} registration={form.register('title')} error={errors.title} />
          <SelectField label={t('results.level')} hint={t('results.levelHint')} registration={form.register('level')} error={errors.level}>
            <option value="">{t('results.chooseLevel')}</option>
            {resultLevels.map((level) => (
              <option key={level} value={level}>
                {t(`results.levels.${level}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('results.changeLevel')} hint={t('results.changeLevelHint')} registration={form.register('change_level')} error={errors.change_level}>
            <option value="">{t('results.chooseChangeLevel')}</option>
            {changeLevels.map((level) => (
              <option key={level} value={level}>
                {t(`results.changeLevels.${level}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('results.changeSide')} registration={form.register('change_side')} error={errors.change_side}>
            <option value="">{t('results.chooseChangeSide')}</option>
            {changeSides.map((side) => (
              <option key={side} value={side}>
                {t(`results.changeSides.${side}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField label={t('results.description')} rows={3} registration={form.register('description')} error={errors.description} />
          <TargetLinksField legend={t('results.targets')} value={targets.field.value} onChange={targets.field.onChange} error={errors.targets?.message} />
        </fieldset>
        {canEdit && <SaveButton mutation={save} label={t('results.save')} />}
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
