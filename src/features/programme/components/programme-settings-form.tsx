import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldChanges } from '@/components/form/field-changes';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { SelectField, TextField } from '@/components/form/text-field';
import { useGuardedSave } from '@/components/form/use-guarded-save';
import { writeErrorMessage } from '@/lib/write-errors';
import { organisationTypes, programmeSettingsQuery, programmeSettingsSchema, useSaveProgrammeSettings, type ProgrammeSettings, type ProgrammeSettingsInput } from '../api/programme-settings';

const toInput = (settings: ProgrammeSettings): ProgrammeSettingsInput => ({
  reporting_org_name: settings.reporting_org_name,
  reporting_org_ref: settings.reporting_org_ref,
  reporting_org_type: settings.reporting_org_type as ProgrammeSettingsInput['reporting_org_type'],
  iati_activity_prefix: settings.iati_activity_prefix,
});

/** The programme as IATI's reporting organisation: name, identifier, type, activity prefix. */
export function ProgrammeSettingsForm({ settings }: { settings: ProgrammeSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(programmeSettingsSchema, toInput(settings));
  const save = useSaveProgrammeSettings();
  const guarded = useGuardedSave({
    form,
    draftKey: 'programme-settings',
    loaded: settings,
    toInput,
    describeChanges: (saved, yours) =>
      fieldChanges(saved, yours, {
        reporting_org_name: { label: t('settings.reportingOrgName') },
        reporting_org_ref: { label: t('settings.reportingOrgRef') },
        reporting_org_type: { label: t('settings.reportingOrgType'), show: (type) => t(`settings.organisationTypes.${type}`) },
        iati_activity_prefix: { label: t('settings.activityPrefix') },
      }),
    fetchLatest: () => queryClient.fetchQuery({ ...programmeSettingsQuery(), staleTime: 0 }),
    persist: (values, version, callbacks) => save.mutate({ values, version: version ?? settings.version }, callbacks),
    savedVersion: (saved: { version: number }) => saved.version,
    onSaved: () => undefined,
  });
  const errors = form.formState.errors;
  return (
    <>
      {guarded.draftNotice}
      <SchemaForm form={form} label={t('settings.reportingTitle')} onSubmit={guarded.submit}>
        <FormAlert messageKey={save.isError && !guarded.explained(save.error) ? writeErrorMessage(save.error) : save.isSuccess ? 'settings.saved' : null} tone={save.isSuccess ? 'success' : 'error'} />
        <TextField label={t('settings.reportingOrgName')} registration={form.register('reporting_org_name')} error={errors.reporting_org_name} />
        <TextField label={t('settings.reportingOrgRef')} hint={t('settings.identifierHint')} registration={form.register('reporting_org_ref')} error={errors.reporting_org_ref} />
        <SelectField label={t('settings.reportingOrgType')} registration={form.register('reporting_org_type')} error={errors.reporting_org_type}>
          {organisationTypes.map((type) => (
            <option key={type} value={type}>
              {`${type} – ${t(`settings.organisationTypes.${type}`)}`}
            </option>
          ))}
        </SelectField>
        <TextField label={t('settings.activityPrefix')} hint={t('settings.activityPrefixHint')} registration={form.register('iati_activity_prefix')} error={errors.iati_activity_prefix} />
        <SaveButton mutation={save} label={t('settings.save')} />
      </SchemaForm>
      {guarded.dialogs}
    </>
  );
}
