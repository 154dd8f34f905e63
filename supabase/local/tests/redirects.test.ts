import { describe, expect, it } from 'vitest';
import { redirectAllowed } from '../src/auth/redirects.ts';

const site = 'https://reports.example.org';

describe('redirect URLs, as GoTrue matches them', () => {
  it("allows the site's own pages, and loopback addresses on any port", () => {
    expect(redirectAllowed('https://reports.example.org/accept-invitation', site, [])).toBe(true);
    expect(redirectAllowed('http://127.0.0.1:4573/reset-password', site, [])).toBe(true);
    expect(redirectAllowed('http://reports.example.org/accept-invitation', site, [])).toBe(false);
  });

  it('reads the redirect list as patterns: an entry without a wildcard is one address only', () => {
    expect(redirectAllowed('https://staging.example.org/accept-invitation', site, ['https://staging.example.org'])).toBe(false);
    expect(redirectAllowed('https://staging.example.org', site, ['https://staging.example.org'])).toBe(true);
    expect(redirectAllowed('https://staging.example.org/accept-invitation', site, ['https://staging.example.org/**'])).toBe(true);
    expect(redirectAllowed('https://staging.example.org.evil.example/steal', site, ['https://staging.example.org', 'https://staging.example.org/**'])).toBe(false);
  });

  it('keeps * within one part of the address and ** across parts', () => {
    expect(redirectAllowed('https://pr-12.example.org/accept-invitation', site, ['https://*.example.org/**'])).toBe(true);
    expect(redirectAllowed('https://a.b.example.org/accept-invitation', site, ['https://*.example.org/**'])).toBe(false);
    expect(redirectAllowed('https://staging.example.org/app/reset-password', site, ['https://staging.example.org/*'])).toBe(false);
    expect(redirectAllowed('https://staging.example.org/reset-password#x', site, ['https://staging.example.org/*'])).toBe(true);
  });
});
