import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { writeErrorMessage } from '@/lib/write-errors';
import { activityQueries } from '../api/get-activities';
import type { Activity } from '../api/get-activity';
import { activityFormSchema, toActivityFormInput, useSaveActivity, type ActivityFormInput } from '../api/save-activity';
import { activityChanges } from './activity-changes';
import { ActivityFields } from './activity-fields';

const emptyActivity: ActivityFormInput = {
  title: '',
  description: '',
  kind: '' as never,
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

interface ActivityFormProps {
  partnershipId: string;
  /** The activity to edit, as loaded; none to log a new one. */
  activity?: Activity;
  /** Years whose report is submitted or approved: the database refuses changes there. */
  frozenYears: number[];
  label: string;
  /** Staff read activities but only members change them (the database's rule, mirrored). */
  canEdit: boolean;
  onSaved: (activityId: string) => void;
}

/** Logs or edits an activity; keeps a draft, warns before leaving, and catches stale edits. */
export function ActivityForm({ partnershipId, activity, frozenYears, label, canEdit, onSaved }: ActivityFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(activityFormSchema, activity ? toActivityFormInput(activity) : emptyActivity);
  const save = useSaveActivity();
  const guarded = useGuardedSave({
    form,
    draftKey: activity ? `activity:${activity.id}` : `activity:new:${partnershipId}`,
    loaded: activity,
    toInput: toActivityFormInput,
    describeChanges: (saved, yours) => activityChanges(saved, yours, t),
    fetchLatest: () => queryClient.fetchQuery({ ...activityQueries.detail(activity?.id ?? ''), staleTime: 0 }),
    persist: (values, version, callbacks) =>
      save.mutate({ partnershipId, values, existing: activity && { id: activity.id, version: version ?? activity.version } }, callbacks),
    savedVersion: (saved: { id: string; version: number }) => saved.version,
    onSaved: (saved) => onSaved(saved.id),
    historyOf: activity && { table: 'activities', rowId: activity.id },
  });
  const startYear = Number(form.watch('starts_on')?.slice(0, 4));
  const frozenYear = [activity?.year, startYear].find((year) => year && frozenYears.includes(year));
  // An activity of a frozen year cannot change at all, not even be moved out of it.
  const locked = !canEdit || Boolean(activity?.year && frozenYears.includes(activity.year));

  return (
    <>
      {guarded.draftNotice}
      {frozenYear && (
        <div className="notice notice-frozen" role="status">
          <p>{t('activities.frozenNotice', { year: frozenYear })}</p>
        </div>
      )}
      <SchemaForm form={form} label={label} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : null} />
        <fieldset className="plain-fieldset" disabled={locked}>
          <ActivityFields form={form} />
        </fieldset>
        {!locked && <SaveButton mutation={save} label={t('activities.save')} />}
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
