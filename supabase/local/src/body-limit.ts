/**
 * The gateway's request body limit, for every route but Storage's (whose uploads have their own
 * limit, storage.file_size_limit). A body over the limit is answered 413 as the service behind the
 * route words it, and is never held in memory: a declared Content-Length over the limit is refused
 * before a byte is read, and a body without one is counted as it streams in, the excess discarded.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { StackContext } from './context.ts';
import { AuthError, authErrorResponse } from './auth/auth-error.ts';
import { maxBodyBytes as authMaxBodyBytes } from './auth/auth-routes.ts';
import { RestError } from './rest/rest-error.ts';

interface Limit {
  bytes: number;
  tooLarge: (c: Context) => Response;
}

function limitOf(ctx: StackContext, path: string): Limit | undefined {
  if (path.startsWith('/rest/v1/') || path === '/rest/v1') {
    return { bytes: ctx.config.api.maxBodyBytes, tooLarge: (c) => c.json(new RestError(413, 'PGRST413', 'Payload Too Large').body(), 413) };
  }
  if (path.startsWith('/auth/v1/')) {
    return { bytes: authMaxBodyBytes, tooLarge: (c) => authErrorResponse(c, new AuthError(413, 'request_too_large', 'Request body too large')) };
  }
  if (path.startsWith('/functions/v1/')) {
    return { bytes: ctx.config.api.maxBodyBytes, tooLarge: (c) => c.json({ code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large' }, 413) };
  }
  return undefined;
}

/** Reads a body up to `limit` bytes; past it, reads on to the end without keeping anything. */
async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer<ArrayBuffer> | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= limit) chunks.push(value);
    else chunks.length = 0;
  }
  return size <= limit ? Buffer.concat(chunks) : undefined;
}

export function bodyLimit(ctx: StackContext): MiddlewareHandler {
  return async (c, next) => {
    const request = c.req.raw;
    const limit = limitOf(ctx, c.req.path);
    if (!limit || !request.body) return next();
    const declared = request.headers.get('content-length');
    if (declared !== null && Number(declared) > limit.bytes) {
      // Answered before the body is read, so the connection cannot carry another request: the
      // rest of this body is still on its way. Closed after the answer, as nginx does.
      const response = limit.tooLarge(c);
      response.headers.set('connection', 'close');
      return response;
    }
    const body = await readUpTo(request.body, limit.bytes);
    if (!body) return limit.tooLarge(c);
    // The routes read the body as usual, from the bytes already counted.
    c.req.raw = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
    return next();
  };
}
