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

  it('reads the address as the browser will: a user name before @ names no host of the app', () => {
    const list = ['http://localhost:5173/**', 'http://127.0.0.1:5173/**'];
    for (const hostile of [
      'http://localhost:5173@evil.example',
      'http://localhost:5173@evil.example/reset-password',
      'http://127.0.0.1:5173@evil.example/',
      'http://localhost:5173:x@evil.example/',
      'http://user:pass@localhost:5173/reset-password',
      'http://2130706433/',
      'http://evil%2eexample/',
    ]) {
      expect(redirectAllowed(hostile, 'http://127.0.0.1:5173', list), hostile).toBe(false);
    }
    expect(redirectAllowed('http://localhost:5173/reset-password', 'http://127.0.0.1:5173', list)).toBe(true);
    expect(redirectAllowed('http://localhost:5173', 'http://127.0.0.1:5173', ['http://localhost:5173'])).toBe(true);
    expect(redirectAllowed('http://127.0.0.1:5173/accept-invitation', 'http://127.0.0.1:5173', [])).toBe(true);
  });
});
