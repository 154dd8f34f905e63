import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { TextField } from '@/components/form/text-field';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { authErrorMessage } from '@/features/auth/api/auth-error-message';
import { acceptInvitationSchema, useSetPassword } from '@/features/auth/api/set-password';
import { LinkSession } from './link-session';
import { NewPasswordFields } from '@/components/form/new-password-fields';

export function AcceptInvitationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useSetPassword({ onSuccess: () => navigate(paths.home.href(), { replace: true }) });
  return (
    <>
      <PageHeading>{t('auth.invitationTitle')}</PageHeading>
      <LinkSession expiredMessage="auth.invitationExpired">
        <p>{t('auth.invitationIntro')}</p>
        <Form schema={acceptInvitationSchema} label={t('auth.invitationTitle')} onSubmit={(values) => accept.mutate(values)}>
          {({ register, formState }) => (
            <>
              <FormAlert messageKey={accept.isError ? authErrorMessage(accept.error) : null} />
              <TextField label={t('auth.fullName')} autoComplete="name" registration={register('fullName')} error={formState.errors.fullName} />
              <NewPasswordFields registrations={{ password: register('password'), repeat: register('repeat') }} errors={formState.errors} />
              <button type="submit" className="button button-primary" disabled={accept.isPending}>
                {accept.isPending ? t('auth.saving') : t('auth.acceptInvitation')}
              </button>
            </>
          )}
        </Form>
      </LinkSession>
    </>
  );
}
