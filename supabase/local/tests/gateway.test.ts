import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('the API gateway', () => {
  it('answers CORS preflights for the browser app as Supabase does', async () => {
    const response = await fetch(`${stack.apiUrl}/rest/v1/authors`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'apikey, authorization, content-type, prefer, x-client-info',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toContain('prefer');
  });

  it('exposes Content-Range to the browser so counts reach supabase-js', async () => {
    const response = await fetch(`${stack.apiUrl}/rest/v1/authors?select=id`, {
      headers: { origin: 'http://127.0.0.1:5173', apikey: stack.anonKey, prefer: 'count=exact' },
    });
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Range');
    expect(response.headers.get('content-range')).toBe('0-3/4');
  });

  it('answers unknown routes with 404, not a crash', async () => {
    expect((await fetch(`${stack.apiUrl}/nothing/here`)).status).toBe(404);
  });
});
