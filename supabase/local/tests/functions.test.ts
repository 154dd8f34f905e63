import { FunctionsHttpError } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('edge functions', () => {
  it('runs a Deno.serve handler with JSON, text and form bodies', async () => {
    const json = await stack.anon().functions.invoke('echo', { body: { name: 'Ale' } });
    expect(json.error).toBeNull();
    expect(json.data).toMatchObject({ method: 'POST', path: '/functions/v1/echo', body: { name: 'Ale' }, authorization: 'Bearer eyJhbG' });
    const text = await stack.anon().functions.invoke('echo', { body: 'plain words' });
    expect(text.data.body).toBe('plain words');
    const form = new FormData();
    form.append('year', '2025');
    expect((await stack.anon().functions.invoke('echo', { body: form })).data.body).toEqual({ year: '2025' });
    const get = await stack.anon().functions.invoke('echo/sub/path', { method: 'GET' });
    expect(get.data).toMatchObject({ method: 'GET', path: '/functions/v1/echo/sub/path', body: null });
  });

  it('gives functions the project URL and the service key from the environment, never from the caller', async () => {
    const { data } = await stack.anon().functions.invoke('echo', { body: {} });
    expect(data).toMatchObject({ supabaseUrl: stack.apiUrl, hasServiceKey: true });
  });

  it('requires a valid JWT as Supabase does', async () => {
    const missing = await fetch(`${stack.apiUrl}/functions/v1/echo`, { method: 'POST' });
    expect(missing.status).toBe(401);
    const forged = await fetch(`${stack.apiUrl}/functions/v1/echo`, { method: 'POST', headers: { authorization: 'Bearer not.a.jwt' } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ msg: 'Invalid JWT' });
  });

  it('passes a function\'s own error statuses through, and survives functions that throw or fail to start', async () => {
    const teapot = await stack.anon().functions.invoke('echo?fail=teapot', { body: {} });
    expect(teapot.error).toBeInstanceOf(FunctionsHttpError);
    expect(await (teapot.error as FunctionsHttpError).context.json()).toEqual({ error: 'I am a teapot' });
    const thrown = await fetch(`${stack.apiUrl}/functions/v1/echo?fail=throw`, { method: 'POST', headers: { authorization: `Bearer ${stack.anonKey}` } });
    expect(thrown.status).toBe(500);
    const broken = await fetch(`${stack.apiUrl}/functions/v1/broken`, { method: 'POST', headers: { authorization: `Bearer ${stack.anonKey}` } });
    expect(broken.status).toBe(503);
    const unknown = await fetch(`${stack.apiUrl}/functions/v1/nothing-here`, { method: 'POST', headers: { authorization: `Bearer ${stack.anonKey}` } });
    expect(unknown.status).toBe(404);
    expect((await stack.anon().functions.invoke('echo', { body: { still: 'alive' } })).data.body).toEqual({ still: 'alive' });
  });
});
