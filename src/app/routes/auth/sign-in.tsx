import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Form } from '@/components/form/form';
import { FormAlert } from '@/components/form/form-alert';
import { TextField } from '@/components/form/text-field';
import { PageHeading } from '@/components/layout/page-heading';
import { paths, safeNext } from '@/config/paths';
import { authErrorMessage } from '@/features/auth/api/auth-error-message';
import { signInSchema, useSignIn } from '@/features/auth/api/sign-in';
import { useSignOut } from '@/features/auth/api/sign-out';
import { openingFragment } from '@/lib/supabase';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn({ onSuccess: () => navigate(safeNext(searchParams.get('next')), { replace: true }) });
  const signOutRequested = Boolean((location.state as { signOut?: boolean } | null)?.signOut);
  const signOut = useSignOut();
  // A mailed link that failed (expired, used) and landed elsewhere is explained here.
  const linkFailed = openingFragment.has('error_code') && !signIn.isSuccess;
  const { mutate: signOutNow } = signOut;
  useEffect(() => {
    if (signOutRequested) signOutNow();
  }, [signOutRequested, signOutNow]);
  return (
    <>
      <PageHeading>{t('auth.signInTitle')}</PageHeading>
      <p>{t('auth.signInIntro')}</p>
      {signOut.isSuccess && !signIn.isError && <FormAlert tone="success" messageKey="auth.signedOut" />}
      {signOut.isError && <FormAlert messageKey={authErrorMessage(signOut.error)} />}
      {linkFailed && <FormAlert messageKey="auth.linkExpiredHere" />}
      <Form schema={signInSchema} label={t('auth.signInTitle')} onSubmit={(values) => signIn.mutate(values)}>
        {({ register, formState }) => (
          <>
            <FormAlert messageKey={signIn.isError ? authErrorMessage(signIn.error) : null} />
            <TextField label={t('auth.email')} type="email" autoComplete="username" registration={register('email')} error={formState.errors.email} />
            <TextField label={t('auth.password')} type="password" autoComplete="current-password" registration={register('password')} error={formState.errors.password} />
            <button type="submit" className="button button-primary" disabled={signIn.isPending}>
              {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
            </button>
          </>
        )}
      </Form>
      <p>
        <Link to={paths.forgotPassword.href()}>{t('auth.forgotPassword')}</Link>
      </p>
    </>
  );
}
