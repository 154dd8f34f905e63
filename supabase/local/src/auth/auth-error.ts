/**
 * GoTrue's errors. Clients that send `X-Supabase-Api-Version: 2024-01-01` (supabase-js does)
 * get `{code, message}`; older ones `{code: <status>, error_code, msg}`.
 */
import type { Context } from 'hono';

export const apiVersion = '2024-01-01';

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function authErrorResponse(c: Context, error: AuthError) {
  const modern = (c.req.header('x-supabase-api-version') ?? '') >= apiVersion;
  const body = modern
    ? { code: error.code, message: error.message, ...error.extra }
    : { code: error.status, error_code: error.code, msg: error.message, ...error.extra };
  return c.json(body, error.status as never);
}

export const errors = {
  badJson: () => new AuthError(400, 'bad_json', 'Could not parse request body as JSON'),
  validation: (message: string) => new AuthError(400, 'validation_failed', message),
  invalidEmail: () => new AuthError(400, 'email_address_invalid', 'Unable to validate email address: invalid format'),
  invalidCredentials: () => new AuthError(400, 'invalid_credentials', 'Invalid login credentials'),
  signupDisabled: () => new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance'),
  userExists: () => new AuthError(422, 'user_already_exists', 'User already registered'),
  emailExists: () => new AuthError(422, 'email_exists', 'A user with this email address has already been registered'),
  noAuthorization: () => new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token'),
  badJwt: (detail: string) => new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${detail}`),
  sessionNotFound: () => new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist'),
  userNotFound: () => new AuthError(404, 'user_not_found', 'User not found'),
  notAdmin: () => new AuthError(403, 'not_admin', 'User not allowed'),
  refreshTokenNotFound: () => new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'),
  refreshTokenAlreadyUsed: () => new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
  otpExpired: () => new AuthError(403, 'otp_expired', 'Email link is invalid or has expired'),
  emailRateLimited: () => new AuthError(429, 'over_email_send_rate_limit', 'email rate limit exceeded'),
  // max_frequency: one address is mailed once in so many seconds.
  tooFrequent: (seconds: number) =>
    new AuthError(429, 'over_email_send_rate_limit', `For security purposes, you can only request this after ${Math.max(0, Math.floor(seconds))} seconds.`),
  rateLimited: () => new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached'),
  samePassword: () => new AuthError(422, 'same_password', 'New password should be different from the old password.'),
  unsupportedGrant: () => new AuthError(400, 'validation_failed', 'unsupported_grant_type'),
  weakPassword: (message: string, reasons: string[]) => new AuthError(422, 'weak_password', message, { weak_password: { reasons } }),
  // GoTrue has no code of its own for this; 503 tells clients the failure is passing.
  databaseUnavailable: () => new AuthError(503, 'unexpected_failure', 'Database is unavailable, please retry'),
  payloadTooLarge: () => new AuthError(413, 'request_too_large', 'Request body too large'),
};
