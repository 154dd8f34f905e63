import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '@/components/form/form-alert';
import { Loading } from '@/components/status/loading';
import { paths } from '@/config/paths';
import { sessionQuery } from '@/features/auth/api/session';
import { openingFragment } from '@/lib/supabase';

/**
 * Pages opened from a mailed link (recovery, invitation): supabase-js turns the link's tokens into
 * a session; an expired or used link, or none at all, gets an explanation instead of the form.
 */
export function LinkSession({ expiredMessage = 'auth.linkExpired', children }: { expiredMessage?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery());
  if (session.isPending) return <Loading />;
  if (session.data) return <>{children}</>;
  const expired = openingFragment.has('error_code') || openingFragment.has('error');
  return (
    <>
      <FormAlert messageKey={expired ? expiredMessage : 'auth.linkMissing'} />
      <p>
        <Link to={paths.forgotPassword.href()}>{t('auth.forgotTitle')}</Link>
      </p>
    </>
  );
}
