import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { Form } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { TextField } from '@/components/form/text-field';
import { NewPasswordFields } from '@/components/form/new-password-fields';
import { authErrorMessage } from '../api/auth-error-message';
import { changePasswordSchema, useChangePassword, WrongPassword } from '../api/change-password';

/** A new password, given the current one. */
export function PasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  return (
    <Form
      schema={changePasswordSchema}
      label={t('profile.passwordTitle')}
      defaultValues={{ current: '', password: '', repeat: '' }}
      onSubmit={(values) => change.mutate({ email, current: values.current, password: values.password })}
    >
      {({ register, formState }) => (
        <>
          <FormAlert
            messageKey={change.error instanceof WrongPassword ? change.error.message : change.isError ? authErrorMessage(change.error) : change.isSuccess ? 'profile.passwordChanged' : null}
            tone={change.isSuccess ? 'success' : 'error'}
          />
          <TextField label={t('profile.currentPassword')} type="password" autoComplete="current-password" registration={register('current')} error={formState.errors.current} />
          <NewPasswordFields registrations={{ password: register('password'), repeat: register('repeat') }} errors={formState.errors} />
          <SaveButton mutation={change} label={t('profile.changePassword')} />
        </>
      )}
    </Form>
  );
}
