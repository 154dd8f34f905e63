import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { StaleEditDialog } from '@/components/form/stale-edit-dialog';
import { useWorkProtection } from '@/components/form/use-work-protection';
import { activityQueries } from '../api/get-activities';
import { toActivityFormInput, type Activity } from '../api/get-activity';
import { activityFormSchema, isStaleEdit, saveErrorMessage, useSaveActivity, type ActivityFormInput, type ActivityFormValues } from '../api/save-activity';
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
  const protection = useWorkProtection(form, activity ? `activity:${activity.id}` : `activity:new:${partnershipId}`);
  const save = useSaveActivity();
  const [version, setVersion] = useState(activity?.version);
  const [conflict, setConflict] = useState<{ latest: Activity | null; yours: ActivityFormValues } | null>(null);
  const startYear = Number(form.watch('starts_on')?.slice(0, 4));
  const frozenYear = [activity?.year, startYear].find((year) => year && frozenYears.includes(year));
  // An activity of a frozen year cannot change at all, not even be moved out of it.
  const locked = !canEdit || Boolean(activity?.year && frozenYears.includes(activity.year));

  const saveValues = (values: ActivityFormValues, atVersion = version) =>
    save.mutate(
      { partnershipId, values, existing: activity && atVersion !== undefined ? { id: activity.id, version: atVersion } : undefined },
      {
        onSuccess: (saved) => {
          protection.markSaved();
          form.reset(form.getValues());
          setVersion(saved.version);
          onSaved(saved.id);
        },
        onError: async (error) => {
          if (!activity || !isStaleEdit(error)) return;
          const latest = await queryClient.fetchQuery({ ...activityQueries.detail(activity.id), staleTime: 0 });
          setConflict({ latest, yours: values });
        },
      },
    );

  const reloadSaved = () => {
    if (conflict?.latest) {
      form.reset(toActivityFormInput(conflict.latest));
      setVersion(conflict.latest.version);
    }
    protection.markSaved();
    setConflict(null);
    save.reset();
  };

  const reapplyMine = () => {
    if (!conflict?.latest) return;
    setVersion(conflict.latest.version);
    setConflict(null);
    saveValues(conflict.yours, conflict.latest.version);
  };

  const errorKey = save.isError && !(activity && isStaleEdit(save.error)) ? saveErrorMessage(save.error) : null;
  return (
    <>
      {protection.draftNotice}
      {frozenYear && (
        <div className="notice notice-frozen" role="status">
          <p>{t('activities.frozenNotice', { year: frozenYear })}</p>
        </div>
      )}
      <SchemaForm form={form} label={label} onSubmit={(values) => saveValues(values)}>
        <FormAlert messageKey={errorKey} values={frozenYear ? { year: String(frozenYear) } : undefined} />
        <fieldset className="plain-fieldset" disabled={locked}>
          <ActivityFields form={form} />
        </fieldset>
        {save.isPaused && (
          <p role="status" className="muted">
            {t('work.waitingForConnection')}
          </p>
        )}
        {!locked && (
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('auth.saving') : t('activities.save')}
          </button>
        )}
      </SchemaForm>
      {protection.leaveDialog}
      <StaleEditDialog
        isOpen={conflict !== null}
        savedAt={conflict?.latest?.updated_at ?? null}
        changes={conflict?.latest ? activityChanges(toActivityFormInput(conflict.latest), form.getValues(), t) : []}
        onReload={reloadSaved}
        onReapply={conflict?.latest ? reapplyMine : undefined}
        onDismiss={() => setConflict(null)}
      />
    </>
  );
}
