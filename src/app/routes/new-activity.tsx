import { useQuery } from '@tanstack/react-query';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { TextField } from '@/components/form/text-field';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { activityKinds, localisationStages, principles, targetGroups } from '@/features/activities/api/activity-vocabulary';
import { activityFormSchema, saveErrorMessage, useSaveActivity, type ActivityFormInput, type ActivityFormValues } from '@/features/activities/api/save-activity';
import { TargetPicker } from '@/features/activities/components/target-picker';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';

const emptyActivity: ActivityFormInput = {
  title: '',
  description: '',
  kind: undefined as never,
  starts_on: '',
  ends_on: '',
  place: '',
  participants_women: 0,
  participants_men: 0,
  participants_other: 0,
  principles: [],
  target_groups: [],
  localisation_stage: '',
  targets: [],
};

export function NewActivityRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partnershipId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  const save = useSaveActivity({ onSuccess: () => navigate(paths.activities.href(partnershipId)) });
  if (partnership.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (!partnership.data) return <NotFound />;
  return (
    <>
      <PageHeading>{t('activities.newTitle')}</PageHeading>
      <p className="lead">{partnership.data.name}</p>
      <Form schema={activityFormSchema} label={t('activities.newTitle')} defaultValues={emptyActivity} onSubmit={(values) => save.mutate({ partnershipId, values })}>
        {(form) => (
          <>
            <FormAlert messageKey={save.isError ? saveErrorMessage(save.error) : null} />
            <ActivityFields form={form} />
            <button type="submit" className="button button-primary" disabled={save.isPending}>
              {save.isPending ? t('auth.saving') : t('activities.save')}
            </button>
          </>
        )}
      </Form>
    </>
  );
}

function ActivityFields({ form }: { form: UseFormReturn<ActivityFormInput, unknown, ActivityFormValues> }) {
  const { t } = useTranslation();
  const { register, formState, control } = form;
  const errors = formState.errors;
  const targets = useFieldArray({ control, name: 'targets' });
  return (
    <>
      <TextField label={t('activities.fieldTitle')} registration={register('title')} error={errors.title} />
      <div className="field">
        <label htmlFor="activity-kind">{t('activities.kind')}</label>
        <select id="activity-kind" aria-invalid={errors.kind ? true : undefined} aria-describedby={errors.kind ? 'activity-kind-error' : undefined} {...register('kind')}>
          <option value="">{t('activities.chooseKind')}</option>
          {activityKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`activities.kinds.${kind}`)}
            </option>
          ))}
        </select>
        {errors.kind && (
          <p id="activity-kind-error" className="field-error">
            {t('validation.kindRequired')}
          </p>
        )}
      </div>
      <div className="field-row">
        <TextField label={t('activities.startsOn')} type="date" registration={register('starts_on')} error={errors.starts_on} />
        <TextField label={t('activities.endsOn')} type="date" registration={register('ends_on')} error={errors.ends_on} />
      </div>
      <TextField label={t('activities.place')} registration={register('place')} error={errors.place} />
      <fieldset className="fieldset">
        <legend>{t('activities.participants')}</legend>
        <div className="field-row">
          <TextField label={t('activities.women')} type="number" min={0} inputMode="numeric" registration={register('participants_women')} error={errors.participants_women} />
          <TextField label={t('activities.men')} type="number" min={0} inputMode="numeric" registration={register('participants_men')} error={errors.participants_men} />
          <TextField label={t('activities.other')} type="number" min={0} inputMode="numeric" registration={register('participants_other')} error={errors.participants_other} />
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
      <div className="field">
        <label htmlFor="activity-stage">{t('activities.stage')}</label>
        <select id="activity-stage" {...register('localisation_stage')}>
          <option value="">{t('activities.noStage')}</option>
          {localisationStages.map((stage) => (
            <option key={stage} value={stage}>
              {t(`activities.stages.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset" aria-describedby={errors.targets ? 'targets-error' : undefined}>
        <legend>{t('activities.columnTargets')}</legend>
        <TargetPicker chosen={targets.fields.map((field) => field.target_id)} onPick={(targetId) => targets.append({ target_id: targetId, contribution: 'direct' })} />
        {errors.targets?.message && (
          <p id="targets-error" className="field-error">
            {t(errors.targets.message)}
          </p>
        )}
        <ul className="chosen-targets">
          {targets.fields.map((field, index) => (
            <li key={field.id}>
              <strong>{field.target_id}</strong>
              <label>
                <span className="visually-hidden">{t('activities.contributionOf', { target: field.target_id })}</span>
                <select {...register(`targets.${index}.contribution`)} aria-label={t('activities.contributionOf', { target: field.target_id })}>
                  <option value="direct">{t('activities.direct')}</option>
                  <option value="indirect">{t('activities.indirect')}</option>
                </select>
              </label>
              <button type="button" className="button" onClick={() => targets.remove(index)}>
                {t('activities.removeTarget', { target: field.target_id })}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
