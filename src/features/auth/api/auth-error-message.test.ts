import { AuthApiError, AuthRetryableFetchError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { authErrorMessage } from './auth-error-message';

describe('authErrorMessage', () => {
  it.each([
    ['invalid_credentials', 400, 'auth.wrongCredentials'],
    ['over_request_rate_limit', 429, 'auth.tooManyAttempts'],
    ['over_email_send_rate_limit', 429, 'auth.tooManyMails'],
    ['weak_password', 422, 'auth.weakPassword'],
    ['same_password', 422, 'auth.samePassword'],
    ['otp_expired', 403, 'auth.linkExpired'],
    ['something_new', 400, 'errors.generic'],
  ])('turns %s into %s', (code, status, key) => {
    expect(authErrorMessage(new AuthApiError('message', status, code))).toBe(key);
  });

  it('tells a lost connection apart', () => {
    expect(authErrorMessage(new AuthRetryableFetchError('Failed to fetch', 0))).toBe('errors.offline');
    expect(authErrorMessage(new TypeError('Failed to fetch'))).toBe('errors.offline');
  });
});
