import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useOutletContext } from 'react-router';
import { FormAlert } from '@/components/form/form-alert';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { paths } from '@/config/paths';
import { sessionQuery } from '@/features/auth/api/session';
import { useSignOutEverywhere } from '@/features/auth/api/sign-out';
import { profileQuery } from '@/features/profile/api/profile';
import { PasswordForm } from '@/features/auth/components/password-form';
import { ProfileForm } from '@/features/profile/components/profile-form';
import type { Viewer } from '@/features/viewer/api/get-viewer';
import { writeErrorMessage } from '@/lib/write-errors';

/** Everyone's own page: name, language, password, and signing out on every device. */
export function ProfileRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useOutletContext<Viewer>();
  const session = useQuery(sessionQuery());
  const profile = useQuery(profileQuery(viewer.profile.id));
  const everywhere = useSignOutEverywhere();
  if (profile.isError) throw profile.error;
  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      <p className="lead">{t('profile.intro', { email: session.data?.user.email ?? '' })}</p>
      <h2>{t('profile.detailsTitle')}</h2>
      {profile.isPending ? <Loading /> : <ProfileForm profile={profile.data} />}
      <h2>{t('profile.passwordTitle')}</h2>
      <PasswordForm email={session.data?.user.email ?? ''} />
      <h2>{t('profile.sessionsTitle')}</h2>
      <p>{t('profile.sessionsIntro')}</p>
      <FormAlert messageKey={everywhere.isError ? writeErrorMessage(everywhere.error) : null} />
      <button type="button" className="button" disabled={everywhere.isPending} onClick={() => everywhere.mutate(undefined, { onSuccess: () => navigate(paths.signIn.href(), { replace: true }) })}>
        {t('profile.signOutEverywhere')}
      </button>
    </>
  );
}
