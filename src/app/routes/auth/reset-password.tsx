import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { authErrorMessage } from '@/features/auth/api/auth-error-message';
import { setPasswordSchema, useSetPassword } from '@/features/auth/api/set-password';
import { LinkSession } from './link-session';
import { NewPasswordFields } from '@/components/form/new-password-fields';

export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setPassword = useSetPassword({ onSuccess: () => navigate(paths.home.href(), { replace: true }) });
  return (
    <>
      <PageHeading>{t('auth.resetTitle')}</PageHeading>
      <LinkSession>
        <Form schema={setPasswordSchema} label={t('auth.resetTitle')} onSubmit={(values) => setPassword.mutate(values)}>
          {({ register, formState }) => (
            <>
              <FormAlert messageKey={setPassword.isError ? authErrorMessage(setPassword.error) : null} />
              <NewPasswordFields registrations={{ password: register('password'), repeat: register('repeat') }} errors={formState.errors} />
              <button type="submit" className="button button-primary" disabled={setPassword.isPending}>
                {setPassword.isPending ? t('auth.saving') : t('auth.savePassword')}
              </button>
            </>
          )}
        </Form>
      </LinkSession>
    </>
  );
}
