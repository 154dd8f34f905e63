/**
 * The bytes of storage objects on disk. Each upload is written as a new version file named by a
 * random id, never by the object's name, so a name cannot reach outside the storage folder and a
 * failed or rolled-back upload never damages the version that stays current.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { storageErrors } from './storage-error.ts';

const safeBucketId = /^[A-Za-z0-9_.-]{1,100}$/;

export class ObjectFiles {
  constructor(private readonly root: string) {}

  private file(bucketId: string, version: string) {
    if (!safeBucketId.test(bucketId) || bucketId.startsWith('.') || !/^[0-9a-f-]{36}$/.test(version)) throw storageErrors.invalidKey(version);
    return path.join(this.root, bucketId, version);
  }

  async write(bucketId: string, bytes: Uint8Array): Promise<string> {
    const version = randomUUID();
    const target = this.file(bucketId, version);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    return version;
  }

  async copy(bucketId: string, fromVersion: string, toBucketId: string): Promise<string> {
    const version = randomUUID();
    const target = this.file(toBucketId, version);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(this.file(bucketId, fromVersion), target);
    return version;
  }

  async exists(bucketId: string, version: string) {
    return stat(this.file(bucketId, version)).then(() => true, () => false);
  }

  read(bucketId: string, version: string): ReadableStream {
    return Readable.toWeb(createReadStream(this.file(bucketId, version))) as ReadableStream;
  }

  async remove(bucketId: string, version: string | null | undefined) {
    if (version) await rm(this.file(bucketId, version), { force: true });
  }
}

/** Object names as Supabase Storage accepts them: no traversal, no empty or dot segments. */
export function checkObjectName(name: string) {
  const bad =
    name === '' ||
    name.length > 1024 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    [...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f) ||
    name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..');
  if (bad) throw storageErrors.invalidKey(name);
  return name;
}
