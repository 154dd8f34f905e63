import { useController, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberField, SelectField, TextAreaField, TextField } from '@/components/form/text-field';
import { TargetLinksField } from '@/components/sdg/target-links-field';
import { activityKinds, localisationStages, principles, targetGroups } from '../api/activity-vocabulary';
import type { ActivityFormInput, ActivityFormValues } from '../api/save-activity';

/** The fields of an activity, for creating and editing alike. */
export function ActivityFields({ form }: { form: UseFormReturn<ActivityFormInput, unknown, ActivityFormValues> }) {
  const { t } = useTranslation();
  const { register, formState, control } = form;
  const errors = formState.errors;
  const targets = useController({ control, name: 'targets' });
  return (
    <>
      <TextField label={t('activities.fieldTitle')} registration={register('title')} error={errors.title} />
      <TextAreaField label={t('activities.description')} rows={4} registration={register('description')} error={errors.description} />
      <SelectField label={t('activities.kind')} registration={register('kind')} error={errors.kind}>
        <option value="">{t('activities.chooseKind')}</option>
        {activityKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`activities.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <TextField label={t('activities.startsOn')} type="date" registration={register('starts_on')} error={errors.starts_on} />
        <TextField label={t('activities.endsOn')} type="date" registration={register('ends_on')} error={errors.ends_on} />
      </div>
      <TextField label={t('activities.place')} registration={register('place')} error={errors.place} />
      <fieldset className="fieldset">
        <legend>{t('activities.participants')}</legend>
        <div className="field-row">
          <NumberField whole label={t('activities.women')} registration={register('participants_women')} error={errors.participants_women} />
          <NumberField whole label={t('activities.men')} registration={register('participants_men')} error={errors.participants_men} />
          <NumberField whole label={t('activities.other')} registration={register('participants_other')} error={errors.participants_other} />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('activities.principle')}</legend>
        {principles.map((principle) => (
          <label key={principle} className="check">
            <input type="checkbox" value={principle} {...register('principles')} /> {t(`activities.principles.${principle}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('activities.targetGroups')}</legend>
        <div className="check-grid">
          {targetGroups.map((group) => (
            <label key={group} className="check">
              <input type="checkbox" value={group} {...register('target_groups')} /> {t(`activities.groups.${group}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField label={t('activities.stage')} registration={register('localisation_stage')}>
        <option value="">{t('activities.noStage')}</option>
        {localisationStages.map((stage) => (
          <option key={stage} value={stage}>
            {t(`activities.stages.${stage}`)}
          </option>
        ))}
      </SelectField>
      <TargetLinksField legend={t('activities.columnTargets')} value={targets.field.value} onChange={targets.field.onChange} error={errors.targets?.message} />
    </>
  );
}
