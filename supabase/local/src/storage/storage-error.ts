/** Supabase Storage's error bodies: `{statusCode, error, message}` with the HTTP status. */
import type { Context } from 'hono';
import { isDatabaseUnavailable, isPostgresError } from '../db/database.ts';

export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export const storageErrors = {
  missingAuthorization: () => new StorageError(400, 'Error', "headers must have required property 'authorization'"),
  invalidJwt: (message: string) => new StorageError(400, 'InvalidJWT', message),
  bucketNotFound: () => new StorageError(404, 'Bucket not found', 'Bucket not found'),
  objectNotFound: () => new StorageError(404, 'not_found', 'Object not found'),
  invalidKey: (name: string) => new StorageError(400, 'InvalidKey', `Invalid key: ${name}`),
  tooLarge: () => new StorageError(413, 'Payload too large', 'The object exceeded the maximum allowed size'),
  mimeType: (type: string) => new StorageError(415, 'invalid_mime_type', `mime type ${type} is not supported`),
  duplicate: () => new StorageError(409, 'Duplicate', 'The resource already exists'),
  unauthorized: () => new StorageError(403, 'Unauthorized', 'new row violates row-level security policy'),
  invalidRequest: (message: string) => new StorageError(400, 'InvalidRequest', message),
  notEmpty: () => new StorageError(409, 'InvalidRequest', 'The bucket you tried to delete is not empty'),
};

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isDatabaseUnavailable(error)) return new StorageError(503, 'DatabaseError', 'Database is unavailable, please retry');
  if (isPostgresError(error)) {
    if (error.code === '23505') return storageErrors.duplicate();
    if (error.code === '42501') return storageErrors.unauthorized();
    if (error.code === '23503') return storageErrors.bucketNotFound();
    return new StorageError(400, 'DatabaseError', error.message);
  }
  // A client that cancels an upload closes the connection mid-body: nothing was stored, nothing to report.
  if ((error as { code?: string } | null)?.code === 'ECONNRESET') return storageErrors.invalidRequest('The upload was cancelled');
  console.error('[storage] unexpected error', error);
  return new StorageError(500, 'Internal', 'Internal Server Error');
}

export function storageErrorResponse(c: Context, error: StorageError) {
  return c.json({ statusCode: String(error.status), error: error.error, message: error.message }, error.status as never);
}
