import { describe, expect, it } from 'vitest';
import { linkLandingPath } from './link-landing';

const fragment = (text: string) => new URLSearchParams(text);

describe('linkLandingPath', () => {
  it('sends an invitation or recovery that landed anywhere to its page', () => {
    expect(linkLandingPath('/', fragment('access_token=a&refresh_token=r&type=invite'))).toBe('/accept-invitation');
    expect(linkLandingPath('/partnerships/p', fragment('access_token=a&refresh_token=r&type=recovery'))).toBe('/reset-password');
  });

  it('leaves a link that landed on its page where it is', () => {
    expect(linkLandingPath('/accept-invitation', fragment('access_token=a&type=invite'))).toBeNull();
    expect(linkLandingPath('/reset-password', fragment('error=access_denied&error_code=otp_expired'))).toBeNull();
  });

  it('explains a failed link on the sign-in page when it landed elsewhere', () => {
    expect(linkLandingPath('/', fragment('error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired'))).toBe('/sign-in');
  });

  it('leaves every other page alone', () => {
    expect(linkLandingPath('/', fragment(''))).toBeNull();
    expect(linkLandingPath('/', fragment('access_token=a&type=magiclink'))).toBeNull();
  });
});
