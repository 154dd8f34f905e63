import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextField } from '@/components/form/text-field';

interface NewPassword {
  password: string;
  repeat: string;
}

/** The new password, twice, as both the recovery and the invitation page ask for it. */
export function NewPasswordFields<Values extends NewPassword>({ register, errors }: { register: UseFormRegister<Values>; errors: FieldErrors<NewPassword> }) {
  const { t } = useTranslation();
  // Each form's values include these two fields; register is typed by the whole form.
  const registerField = register as unknown as UseFormRegister<NewPassword>;
  return (
    <>
      <TextField label={t('auth.newPassword')} hint={t('auth.passwordHint')} type="password" autoComplete="new-password" registration={registerField('password')} error={errors.password} />
      <TextField label={t('auth.repeatPassword')} type="password" autoComplete="new-password" registration={registerField('repeat')} error={errors.repeat} />
    </>
  );
}
