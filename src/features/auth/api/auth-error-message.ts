import { AuthError } from '@supabase/supabase-js';

/** The translation key that tells a person what went wrong with a sign-in, link or password. */
export function authErrorMessage(error: unknown): string {
  if (error instanceof AuthError) {
    if (error.status === 0 || error.name === 'AuthRetryableFetchError') return 'errors.offline';
    switch (error.code) {
      case 'invalid_credentials':
        return 'auth.wrongCredentials';
      case 'over_request_rate_limit':
        return 'auth.tooManyAttempts';
      case 'over_email_send_rate_limit':
        return 'auth.tooManyMails';
      case 'weak_password':
        return 'auth.weakPassword';
      case 'same_password':
        return 'auth.samePassword';
      case 'otp_expired':
        return 'auth.linkExpired';
      case 'email_address_invalid':
        return 'validation.email';
    }
  }
  if (error instanceof TypeError) return 'errors.offline';
  return 'errors.generic';
}
