/**
 * `/storage/v1`: Supabase Storage's object and bucket API as storage-js calls it. Object rows live
 * in storage.objects and every object operation runs as the caller's role, so the project's
 * storage policies decide; bytes live on disk (object-files.ts). A row is committed only after
 * its bytes are written, and bytes are removed only after their row's removal committed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { StackContext } from '../context.ts';
import type { Sql } from '../db/database.ts';
import { signJwt, verifyJwt, type JwtClaims } from '../keys.ts';
import { actAs, resolveRequestRole } from '../request-role.ts';
import { ObjectFiles, checkObjectName } from './object-files.ts';
import { StorageError, storageErrorResponse, storageErrors, toStorageError } from './storage-error.ts';

interface Bucket {
  id: string;
  name: string;
  public: boolean;
  file_size_limit: string | number | null;
  allowed_mime_types: string[] | null;
  owner: string | null;
  created_at: Date;
  updated_at: Date;
}

interface ObjectRow {
  id: string;
  bucket_id: string;
  name: string;
  owner: string | null;
  version: string | null;
  metadata: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  last_accessed_at: Date;
  [column: string]: unknown;
}

interface Caller {
  role: string;
  claims: JwtClaims;
}

const param = (c: Context, name: string) => c.req.param(name) ?? '';

/**
 * Supabase Storage checks request bodies against a schema before anything else runs; a field of
 * the wrong type is the client's error, answered 400 as its schema check answers it.
 */
function requireStrings(input: unknown, fields: string[]) {
  if (input === null || input === undefined) return;
  if (typeof input !== 'object' || Array.isArray(input)) throw storageErrors.invalidRequest('body must be object');
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && typeof value !== 'string') throw storageErrors.invalidRequest(`body/${field} must be string`);
  }
}

const bucketColumns = 'id, name, owner, public, file_size_limit::text as file_size_limit, allowed_mime_types, created_at, updated_at';

export function storageRoutes(ctx: StackContext) {
  const app = new Hono();
  const files = new ObjectFiles(ctx.storageDir);

  const handle = (work: (c: Context) => Promise<Response>) => async (c: Context) => {
    try {
      return await work(c);
    } catch (error) {
      return storageErrorResponse(c, toStorageError(error));
    }
  };

  async function caller(c: Context): Promise<Caller> {
    const resolution = await resolveRequestRole(c, ctx.keys.jwtSecret);
    if (resolution.ok) return { role: resolution.role, claims: resolution.claims };
    if (resolution.reason === 'missing') throw storageErrors.missingAuthorization();
    throw new StorageError(403, 'Unauthorized', resolution.reason === 'expired' ? 'jwt expired' : 'invalid signature');
  }

  function asCaller<T>(who: Caller, work: (tx: Sql) => Promise<T>) {
    return ctx.db.transaction(async (tx) => {
      await actAs(tx, who.role, who.claims);
      return work(tx);
    });
  }

  async function bucket(id: string): Promise<Bucket> {
    const [row] = await ctx.db.query<Bucket & Record<string, unknown>>(`select ${bucketColumns} from storage.buckets where id = $1`, [id]);
    if (!row) throw storageErrors.bucketNotFound();
    return row;
  }

  /** `/object/<bucket>/<name…>` after the given number of leading segments. */
  function target(c: Context, skip: number) {
    const segments = new URL(c.req.url).pathname.split('/').slice(3 + skip).map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw storageErrors.invalidKey(segment);
      }
    });
    const [bucketId, ...name] = segments;
    if (!bucketId) throw storageErrors.invalidRequest('bucket is required');
    return { bucketId, name: checkObjectName(name.join('/')) };
  }

  async function readUpload(c: Context, limit: number) {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > limit + 64 * 1024) throw storageErrors.tooLarge();
    const contentType = c.req.header('content-type') ?? 'application/octet-stream';
    if (contentType.startsWith('multipart/form-data')) {
      // A body that is not the multipart form it claims to be is the client's error, not ours.
      const form = await c.req.formData().catch(() => {
        throw storageErrors.invalidRequest('Malformed multipart form');
      });
      const file = [...form.values()].find((value): value is File => value instanceof File);
      if (!file) throw storageErrors.invalidRequest('No file in the form');
      const cacheControl = form.get('cacheControl');
      return {
        bytes: new Uint8Array(await file.arrayBuffer()),
        mimetype: file.type || 'application/octet-stream',
        cacheControl: `max-age=${typeof cacheControl === 'string' ? cacheControl : '3600'}`,
      };
    }
    return {
      bytes: new Uint8Array(await c.req.arrayBuffer()),
      mimetype: contentType.split(';')[0].trim(),
      cacheControl: c.req.header('cache-control') ?? 'max-age=3600',
    };
  }

  function checkLimits(bucketRow: Bucket, size: number, mimetype: string) {
    const limit = bucketRow.file_size_limit === null ? ctx.config.storage.fileSizeLimit : Number(bucketRow.file_size_limit);
    if (size > Math.min(limit, ctx.config.storage.fileSizeLimit)) throw storageErrors.tooLarge();
    const allowed = bucketRow.allowed_mime_types;
    if (allowed && allowed.length > 0) {
      const ok = allowed.some((pattern) => pattern === mimetype || (pattern.endsWith('/*') && mimetype.startsWith(pattern.slice(0, -1))));
      if (!ok) throw storageErrors.mimeType(mimetype);
    }
  }

  const upload = (mode: 'create' | 'update') =>
    handle(async (c) => {
      const who = await caller(c);
      const { bucketId, name } = target(c, 1);
      const bucketRow = await bucket(bucketId);
      const limit = bucketRow.file_size_limit === null ? ctx.config.storage.fileSizeLimit : Number(bucketRow.file_size_limit);
      const incoming = await readUpload(c, limit);
      checkLimits(bucketRow, incoming.bytes.byteLength, incoming.mimetype);
      const upsert = mode === 'update' || c.req.header('x-upsert') === 'true';
      const version = await files.write(bucketId, incoming.bytes);
      const metadata = {
        eTag: `"${createHash('md5').update(incoming.bytes).digest('hex')}"`,
        size: incoming.bytes.byteLength,
        mimetype: incoming.mimetype,
        cacheControl: incoming.cacheControl,
        lastModified: new Date().toISOString(),
        contentLength: incoming.bytes.byteLength,
        httpStatusCode: 200,
      };
      let replaced: string | null = null;
      try {
        const row = await asCaller(who, async (tx) => {
          const owner = typeof who.claims.sub === 'string' ? who.claims.sub : null;
          if (!upsert) {
            // As Supabase Storage: a new object needs only the insert policy (no RETURNING, so
            // not the select policy as well).
            const id = randomUUID();
            await tx.query(
              `insert into storage.objects (id, bucket_id, name, owner, owner_id, version, metadata) values ($1, $2, $3, $4, $5, $6, $7)`,
              [id, bucketId, name, owner, owner, version, JSON.stringify(metadata)],
            );
            return { id };
          }
          // An upsert, and a replacement (PUT), which Supabase Storage runs as an upsert: insert's
          // check on the new row, update's on the row it replaces, select's on the result.
          const [previous] = await tx.query<ObjectRow>('select version from storage.objects where bucket_id = $1 and name = $2', [bucketId, name]);
          replaced = previous?.version ?? null;
          const [upserted] = await tx.query<ObjectRow>(
            `insert into storage.objects (bucket_id, name, owner, owner_id, version, metadata)
             values ($1, $2, $3, $4, $5, $6)
             on conflict (bucket_id, name) do update set version = excluded.version, metadata = excluded.metadata, owner = excluded.owner, owner_id = excluded.owner_id, updated_at = now(), last_accessed_at = now()
             returning id`,
            [bucketId, name, owner, owner, version, JSON.stringify(metadata)],
          );
          return upserted;
        });
        await files.remove(bucketId, replaced);
        return c.json({ Id: row.id, Key: `${bucketId}/${name}`, id: row.id, path: name, fullPath: `${bucketId}/${name}` });
      } catch (error) {
        await files.remove(bucketId, version);
        throw error;
      }
    });

  async function visibleObject(who: Caller, bucketId: string, name: string) {
    const [row] = await asCaller(who, (tx) =>
      tx.query<ObjectRow>('select * from storage.objects where bucket_id = $1 and name = $2', [bucketId, name]),
    );
    if (!row || !row.version) throw storageErrors.objectNotFound();
    return row;
  }

  function serveObject(c: Context, row: ObjectRow, head = false) {
    const metadata = row.metadata ?? {};
    const headers: Record<string, string> = {
      'content-type': String(metadata.mimetype ?? 'application/octet-stream'),
      'cache-control': String(metadata.cacheControl ?? 'no-cache'),
      etag: String(metadata.eTag ?? ''),
      'last-modified': new Date(row.updated_at).toUTCString(),
      'content-length': String(metadata.size ?? 0),
    };
    const download = c.req.query('download');
    if (download !== undefined) {
      const fileName = download || row.name.split('/').pop()!;
      headers['content-disposition'] = `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
    }
    if (head) return c.body(null, 200, headers);
    return c.body(files.read(row.bucket_id, row.version!), 200, headers);
  }

  app.post('/object/move', handle((c) => moveOrCopy(c, 'move')));
  app.post('/object/copy', handle((c) => moveOrCopy(c, 'copy')));

  async function moveOrCopy(c: Context, operation: 'move' | 'copy') {
    const who = await caller(c);
    const input = (await c.req.json().catch(() => null)) as Record<string, string> | null;
    requireStrings(input, ['bucketId', 'sourceKey', 'destinationKey', 'destinationBucket']);
    if (!input?.bucketId || !input.sourceKey || !input.destinationKey) throw storageErrors.invalidRequest('bucketId, sourceKey and destinationKey are required');
    const sourceName = checkObjectName(input.sourceKey);
    const destinationName = checkObjectName(input.destinationKey);
    const destinationBucket = input.destinationBucket ?? input.bucketId;
    await bucket(input.bucketId);
    await bucket(destinationBucket);
    const source = await visibleObject(who, input.bucketId, sourceName);
    if (operation === 'move') {
      await asCaller(who, async (tx) => {
        const [moved] = await tx.query(
          'update storage.objects set bucket_id = $3, name = $4, updated_at = now() where bucket_id = $1 and name = $2 returning id',
          [input.bucketId, sourceName, destinationBucket, destinationName],
        );
        if (!moved) throw storageErrors.objectNotFound();
      });
      if (destinationBucket !== input.bucketId) {
        const version = await files.copy(input.bucketId, source.version!, destinationBucket);
        await ctx.db.query('update storage.objects set version = $3 where bucket_id = $1 and name = $2', [destinationBucket, destinationName, version]);
        await files.remove(input.bucketId, source.version);
      }
      return c.json({ message: 'Successfully moved' });
    }
    const version = await files.copy(input.bucketId, source.version!, destinationBucket);
    try {
      const owner = typeof who.claims.sub === 'string' ? who.claims.sub : null;
      // As Supabase Storage: select on the source (above), insert at the destination.
      const id = randomUUID();
      await asCaller(who, (tx) =>
        tx.query(`insert into storage.objects (id, bucket_id, name, owner, owner_id, version, metadata) values ($1, $2, $3, $4, $5, $6, $7)`, [
          id,
          destinationBucket,
          destinationName,
          owner,
          owner,
          version,
          JSON.stringify(source.metadata),
        ]),
      );
      return c.json({ Id: id, Key: `${destinationBucket}/${destinationName}` });
    } catch (error) {
      await files.remove(destinationBucket, version);
      throw error;
    }
  }

  app.post(
    '/object/list/:bucket',
    handle(async (c) => {
      const who = await caller(c);
      const bucketId = param(c, 'bucket');
      await bucket(bucketId);
      const input = ((await c.req.json().catch(() => ({}))) ?? {}) as {
        prefix?: string;
        limit?: number;
        offset?: number;
        search?: string;
        sortBy?: { column?: string; order?: string };
      };
      requireStrings(input, ['prefix', 'search']);
      requireStrings(input.sortBy, ['column', 'order']);
      const prefix = (input.prefix ?? '').replace(/^\/+/, '');
      const folder = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
      const rows = await asCaller(who, (tx) =>
        tx.query<ObjectRow>(`select * from storage.objects where bucket_id = $1 and left(name, length($2)) = $2`, [bucketId, folder]),
      );
      const entries = new Map<string, Record<string, unknown>>();
      for (const row of rows) {
        const rest = row.name.slice(folder.length);
        const [first, ...deeper] = rest.split('/');
        if (input.search && !first.toLowerCase().startsWith(input.search.toLowerCase())) continue;
        if (deeper.length > 0) {
          if (!entries.has(first)) entries.set(first, { name: first, id: null, updated_at: null, created_at: null, last_accessed_at: null, metadata: null });
        } else {
          entries.set(first, {
            name: first,
            id: row.id,
            updated_at: new Date(row.updated_at).toISOString(),
            created_at: new Date(row.created_at).toISOString(),
            last_accessed_at: new Date(row.last_accessed_at).toISOString(),
            metadata: row.metadata,
          });
        }
      }
      const column = ['name', 'created_at', 'updated_at', 'last_accessed_at'].includes(input.sortBy?.column ?? '') ? input.sortBy!.column! : 'name';
      const direction = input.sortBy?.order?.toLowerCase() === 'desc' ? -1 : 1;
      const sorted = [...entries.values()].sort((a, b) => direction * String(a[column] ?? '').localeCompare(String(b[column] ?? '')));
      const offset = Math.max(0, Number(input.offset ?? 0));
      const limit = Math.max(0, Number(input.limit ?? 100));
      return c.json(sorted.slice(offset, offset + limit));
    }),
  );

  app.post(
    '/object/sign/:bucket',
    handle(async (c) => {
      const who = await caller(c);
      const bucketId = param(c, 'bucket');
      await bucket(bucketId);
      const input = (await c.req.json().catch(() => null)) as { expiresIn?: number; paths?: string[] } | null;
      if (!input || !Array.isArray(input.paths) || !(Number(input.expiresIn) > 0)) throw storageErrors.invalidRequest('expiresIn and paths are required');
      const signed = [];
      for (const path of input.paths) {
        try {
          const name = checkObjectName(path);
          await visibleObject(who, bucketId, name);
          signed.push({ error: null, path, signedURL: await signedUrl(bucketId, name, Number(input.expiresIn)) });
        } catch {
          signed.push({ error: 'Either the object does not exist or you do not have access to it', path, signedURL: null });
        }
      }
      return c.json(signed);
    }),
  );

  async function signedUrl(bucketId: string, name: string, expiresIn: number) {
    const token = await signJwt({ url: `${bucketId}/${name}`, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + expiresIn }, ctx.keys.jwtSecret);
    return `/object/sign/${bucketId}/${name.split('/').map(encodeURIComponent).join('/')}?token=${token}`;
  }

  app.post(
    '/object/sign/:bucket/*',
    handle(async (c) => {
      const who = await caller(c);
      const { bucketId, name } = target(c, 2);
      await bucket(bucketId);
      const input = (await c.req.json().catch(() => null)) as { expiresIn?: number } | null;
      if (!(Number(input?.expiresIn) > 0)) throw storageErrors.invalidRequest('expiresIn is required');
      await visibleObject(who, bucketId, name);
      return c.json({ signedURL: await signedUrl(bucketId, name, Number(input!.expiresIn)) });
    }),
  );

  app.get(
    '/object/sign/:bucket/*',
    handle(async (c) => {
      const { bucketId, name } = target(c, 2);
      const token = c.req.query('token');
      if (!token) throw storageErrors.invalidRequest('Missing token');
      const check = await verifyJwt(token, ctx.keys.jwtSecret);
      if (!check.ok) throw storageErrors.invalidJwt(check.reason === 'expired' ? 'jwt expired' : 'invalid signature');
      if (check.claims.url !== `${bucketId}/${name}`) throw storageErrors.invalidJwt('invalid signature');
      const [row] = await ctx.db.query<ObjectRow>('select * from storage.objects where bucket_id = $1 and name = $2', [bucketId, name]);
      if (!row) throw storageErrors.objectNotFound();
      return serveObject(c, row);
    }),
  );

  app.get(
    '/object/public/:bucket/*',
    handle(async (c) => {
      const { bucketId, name } = target(c, 2);
      if (!(await bucket(bucketId)).public) throw storageErrors.bucketNotFound();
      const [row] = await ctx.db.query<ObjectRow>('select * from storage.objects where bucket_id = $1 and name = $2', [bucketId, name]);
      if (!row) throw storageErrors.objectNotFound();
      return serveObject(c, row);
    }),
  );

  app.get(
    '/object/info/:bucket/*',
    handle(async (c) => {
      const who = await caller(c);
      const { bucketId, name } = target(c, 2);
      await bucket(bucketId);
      const row = await visibleObject(who, bucketId, name);
      const metadata = row.metadata ?? {};
      return c.json({
        id: row.id,
        name: row.name,
        version: row.version,
        bucket_id: row.bucket_id,
        size: metadata.size,
        content_type: metadata.mimetype,
        cache_control: metadata.cacheControl,
        etag: metadata.eTag,
        metadata: row.user_metadata ?? {},
        last_modified: new Date(row.updated_at).toISOString(),
        created_at: new Date(row.created_at).toISOString(),
      });
    }),
  );

  const download = (skip: number) =>
    handle(async (c) => {
      const who = await caller(c);
      const { bucketId, name } = target(c, skip);
      await bucket(bucketId);
      return serveObject(c, await visibleObject(who, bucketId, name), c.req.method === 'HEAD');
    });
  app.on(['GET', 'HEAD'], '/object/authenticated/:bucket/*', download(2));
  app.on(['GET', 'HEAD'], '/object/:bucket/*', download(1));
  app.post('/object/:bucket/*', upload('create'));
  app.put('/object/:bucket/*', upload('update'));

  app.delete(
    '/object/:bucket',
    handle(async (c) => {
      const who = await caller(c);
      const bucketId = param(c, 'bucket');
      await bucket(bucketId);
      const input = (await c.req.json().catch(() => null)) as { prefixes?: string[] } | null;
      if (!input || !Array.isArray(input.prefixes) || input.prefixes.length === 0) throw storageErrors.invalidRequest('prefixes are required');
      const removed = await asCaller(who, (tx) =>
        tx.query<ObjectRow>('delete from storage.objects where bucket_id = $1 and name = any($2) returning *', [bucketId, input.prefixes]),
      );
      for (const row of removed) await files.remove(bucketId, row.version);
      return c.json(removed.map(({ path_tokens: _pathTokens, ...row }) => row));
    }),
  );

  app.get(
    '/bucket',
    handle(async (c) => {
      const who = await caller(c);
      return c.json(await asCaller(who, (tx) => tx.query(`select ${bucketColumns} from storage.buckets order by name`)));
    }),
  );

  app.get(
    '/bucket/:id',
    handle(async (c) => {
      const who = await caller(c);
      const [row] = await asCaller(who, (tx) => tx.query(`select ${bucketColumns} from storage.buckets where id = $1`, [param(c, 'id')]));
      if (!row) throw storageErrors.bucketNotFound();
      return c.json(row);
    }),
  );

  const bucketSettings = (input: Record<string, unknown>) => ({
    public: input.public === true,
    limit: input.file_size_limit === undefined || input.file_size_limit === null ? null : Number(input.file_size_limit),
    types: Array.isArray(input.allowed_mime_types) ? input.allowed_mime_types.map(String) : null,
  });

  app.post(
    '/bucket',
    handle(async (c) => {
      const who = await caller(c);
      const input = ((await c.req.json().catch(() => null)) ?? {}) as Record<string, unknown>;
      const id = String(input.id ?? input.name ?? '');
      if (!/^[A-Za-z0-9_.-]{1,100}$/.test(id) || id.startsWith('.')) throw storageErrors.invalidRequest('Bucket name invalid');
      const settings = bucketSettings(input);
      await asCaller(who, (tx) =>
        tx.query('insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types, owner) values ($1, $2, $3, $4, $5, $6)', [
          id,
          String(input.name ?? id),
          settings.public,
          settings.limit,
          settings.types,
          typeof who.claims.sub === 'string' ? who.claims.sub : null,
        ]),
      );
      return c.json({ name: id });
    }),
  );

  app.put(
    '/bucket/:id',
    handle(async (c) => {
      const who = await caller(c);
      const settings = bucketSettings(((await c.req.json().catch(() => null)) ?? {}) as Record<string, unknown>);
      const updated = await asCaller(who, (tx) =>
        tx.query('update storage.buckets set public = $2, file_size_limit = $3, allowed_mime_types = $4, updated_at = now() where id = $1 returning id', [
          param(c, 'id'),
          settings.public,
          settings.limit,
          settings.types,
        ]),
      );
      if (updated.length === 0) throw storageErrors.bucketNotFound();
      return c.json({ message: 'Successfully updated' });
    }),
  );

  app.post(
    '/bucket/:id/empty',
    handle(async (c) => {
      const who = await caller(c);
      const bucketId = param(c, 'id');
      await bucket(bucketId);
      const removed = await asCaller(who, (tx) => tx.query<ObjectRow>('delete from storage.objects where bucket_id = $1 returning version', [bucketId]));
      for (const row of removed) await files.remove(bucketId, row.version);
      return c.json({ message: 'Successfully emptied' });
    }),
  );

  app.delete(
    '/bucket/:id',
    handle(async (c) => {
      const who = await caller(c);
      const bucketId = param(c, 'id');
      await bucket(bucketId);
      const [{ count }] = await ctx.db.query<{ count: number }>('select count(*)::int as count from storage.objects where bucket_id = $1', [bucketId]);
      if (count > 0) throw storageErrors.notEmpty();
      const deleted = await asCaller(who, (tx) => tx.query('delete from storage.buckets where id = $1 returning id', [bucketId]));
      if (deleted.length === 0) throw storageErrors.unauthorized();
      return c.json({ message: 'Successfully deleted' });
    }),
  );

  return app;
}
