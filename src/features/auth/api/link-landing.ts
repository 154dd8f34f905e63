import { paths } from '@/config/paths';

/**
 * Where a mailed link's landing belongs. Auth sends the browser back to the address it was asked
 * for only when that address is in the project's redirect list, else to the site URL (the root):
 * the fragment still says what the link was for. An invitation lands on choosing a name and
 * password, a recovery on choosing a new password, a failed link (expired, used) on the sign-in
 * page, which explains it. Null: the page is right as it is.
 */
export function linkLandingPath(pathname: string, fragment: URLSearchParams): string | null {
  const linkPages: string[] = [paths.acceptInvitation.href(), paths.resetPassword.href()];
  const wanted = fragment.has('error_code') || fragment.has('error') ? (linkPages.includes(pathname) ? null : paths.signIn.href()) : landingOf(fragment.get('type'));
  return wanted && wanted !== pathname ? wanted : null;
}

function landingOf(type: string | null) {
  if (type === 'invite') return paths.acceptInvitation.href();
  if (type === 'recovery') return paths.resetPassword.href();
  return null;
}
