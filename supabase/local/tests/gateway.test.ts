import http from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAliveTimeoutMs } from '../src/stack.ts';
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

  it('keeps an idle keep-alive connection open as long as Supabase’s gateway does', async () => {
    // nginx, under Kong, keeps an idle client connection for 75 s.
    expect(keepAliveTimeoutMs).toBeGreaterThanOrEqual(75_000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; keepAlive: string; socket: Socket }>((resolve, reject) => {
        let socket: Socket;
        const request = http.get(`${stack.apiUrl}/rest/v1/authors?select=id`, { agent, headers: { apikey: stack.anonKey } }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, keepAlive: String(response.headers['keep-alive']), socket }));
        });
        request.on('socket', (lent) => (socket = lent));
        request.on('error', reject);
      });
    try {
      const first = await get();
      expect(first.keepAlive).toBe(`timeout=${keepAliveTimeoutMs / 1000}`);
      let closedByServer = false;
      first.socket.once('close', () => (closedByServer = true));
      // Past Node's own default of 5 s (closed within a second after), which cut the connection a
      // client was about to reuse.
      await new Promise((resolve) => setTimeout(resolve, 7_500));
      expect(closedByServer).toBe(false);
      const second = await get();
      expect(second.status).toBe(200);
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  }, 20_000);
});

describe('the body limit', () => {
  const over = (bytes: number) => JSON.stringify({ padding: 'x'.repeat(bytes) });
  const headers = () => ({ apikey: stack.anonKey, authorization: `Bearer ${stack.anonKey}`, 'content-type': 'application/json' });

  it.each([
    ['REST', '/rest/v1/tags', 11 * 1024 * 1024, 'PGRST413'],
    ['RPC', '/rest/v1/rpc/anything', 11 * 1024 * 1024, 'PGRST413'],
    ['Auth', '/auth/v1/signup', 2 * 1024 * 1024, 'request_too_large'],
    ['Edge Functions', '/functions/v1/echo', 11 * 1024 * 1024, 'PAYLOAD_TOO_LARGE'],
  ])('refuses a body over the limit on %s with 413', async (_service, path, bytes, code) => {
    const response = await fetch(`${stack.apiUrl}${path}`, { method: 'POST', headers: { ...headers(), 'x-supabase-api-version': '2024-01-01' }, body: over(bytes) });
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe(code);
  });

  it('counts a body sent without a length as it streams in', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${stack.apiUrl}/functions/v1/echo`, { method: 'POST', headers: headers(), body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('passes a body within the limit through whole', async () => {
    const response = await fetch(`${stack.apiUrl}/functions/v1/echo`, { method: 'POST', headers: headers(), body: JSON.stringify({ text: 'é'.repeat(100_000) }) });
    expect(response.status).toBe(200);
    expect((await response.json()).body).toEqual({ text: 'é'.repeat(100_000) });
  });

  it('leaves Storage to its own file size limits', async () => {
    // 20 MB goes past the gateway to Storage, which answers by the bucket's limit (1 MiB here).
    const response = await fetch(`${stack.apiUrl}/storage/v1/object/documents/someone/big.pdf`, {
      method: 'POST',
      headers: { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/pdf' },
      body: new Uint8Array(20 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'Payload too large' });
  });
});
