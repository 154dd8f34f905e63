import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { SelectField, TextField } from '@/components/form/text-field';
import { isLanguage, languages } from '@/lib/i18n';
import { vocabularies } from '@/lib/vocabularies';
import { writeErrorMessage } from '@/lib/write-errors';
import { profileSchema, useSaveProfile, type Profile } from '../api/profile';

const languageNames: Record<(typeof languages)[number], string> = { en: 'English', sv: 'Svenska' };

/** The name others see, the language the app and its mails speak, and how often reminders come. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const form = useSchemaForm(profileSchema, {
    full_name: profile.full_name,
    preferred_language: isLanguage(profile.preferred_language) ? profile.preferred_language : 'en',
    digest_frequency: profile.digest_frequency,
  });
  const save = useSaveProfile();
  const errors = form.formState.errors;
  return (
    <SchemaForm form={form} label={t('profile.detailsTitle')} onSubmit={(values) => save.mutate({ id: profile.id, values, version: profile.version })}>
      <FormAlert messageKey={save.isError ? writeErrorMessage(save.error) : save.isSuccess ? 'profile.saved' : null} tone={save.isSuccess ? 'success' : 'error'} />
      <TextField label={t('auth.fullName')} autoComplete="name" registration={form.register('full_name')} error={errors.full_name} />
      <SelectField label={t('profile.language')} registration={form.register('preferred_language')} error={errors.preferred_language}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('profile.digestFrequency')} hint={t('profile.digestFrequencyHint')} registration={form.register('digest_frequency')} error={errors.digest_frequency}>
        {vocabularies.digest_frequency.map((frequency) => (
          <option key={frequency} value={frequency}>
            {t(`profile.digestFrequencies.${frequency}`)}
          </option>
        ))}
      </SelectField>
      <SaveButton mutation={save} label={t('profile.save')} />
    </SchemaForm>
  );
}
