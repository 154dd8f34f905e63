import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/form/text-field';

interface NewPassword {
  password: string;
  repeat: string;
}

/** The new password, twice, as both the recovery and the invitation page ask for it. */
export function NewPasswordFields({
  registrations,
  errors,
}: {
  registrations: { [Field in keyof NewPassword]: UseFormRegisterReturn<Field> };
  errors: FieldErrors<NewPassword>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('auth.newPassword')} hint={t('auth.passwordHint')} type="password" autoComplete="new-password" registration={registrations.password} error={errors.password} />
      <TextField label={t('auth.repeatPassword')} type="password" autoComplete="new-password" registration={registrations.repeat} error={errors.repeat} />
    </>
  );
}
