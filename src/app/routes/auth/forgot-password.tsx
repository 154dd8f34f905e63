import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { TextField } from '@/components/form/text-field';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { authErrorMessage } from '@/features/auth/api/auth-error-message';
import { passwordResetSchema, useRequestPasswordReset } from '@/features/auth/api/request-password-reset';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  return (
    <>
      <PageHeading>{t('auth.forgotTitle')}</PageHeading>
      <p>{t('auth.forgotIntro')}</p>
      <Form schema={passwordResetSchema} label={t('auth.forgotTitle')} onSubmit={(values) => request.mutate(values)}>
        {({ register, formState }) => (
          <>
            <FormAlert messageKey={request.isError ? authErrorMessage(request.error) : null} />
            {request.isSuccess && <FormAlert tone="success" messageKey="auth.linkSent" values={{ email: request.data }} />}
            <TextField label={t('auth.email')} type="email" autoComplete="email" registration={register('email')} error={formState.errors.email} />
            <button type="submit" className="button button-primary" disabled={request.isPending}>
              {request.isPending ? t('auth.sending') : t('auth.sendLink')}
            </button>
          </>
        )}
      </Form>
      <p>
        <Link to={paths.signIn.href()}>{t('auth.backToSignIn')}</Link>
      </p>
    </>
  );
}
