/**
 * A PostgreSQL cluster of a test's own, in a temporary folder on a free port, that the test can
 * stop, crash and start again. As root it runs as the postgres user (initdb refuses root).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const postgresBin = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const runuser = '/usr/sbin/runuser';
const asRoot = process.getuid?.() === 0;

/** Why no cluster can be started here, or undefined when one can. */
export function clusterUnavailableReason(): string | undefined {
  if (!existsSync(path.join(postgresBin, 'initdb')) || !existsSync(path.join(postgresBin, 'pg_ctl'))) {
    return `PostgreSQL's server binaries are not in ${postgresBin} (Debian package postgresql-15; or set POSTGRES_BIN)`;
  }
  if (asRoot && !existsSync(runuser)) return `running as root needs ${runuser} to start PostgreSQL as the postgres user`;
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  port: number;
  /** A connection URL for `database` on this cluster. */
  url(database?: string): string;
  /** pg_ctl stop: 'fast' ends sessions cleanly, 'immediate' is a crash that needs recovery. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

async function postgresTool(tool: string, args: string[]) {
  const program = path.join(postgresBin, tool);
  return asRoot ? run(runuser, ['-u', 'postgres', '--', program, ...args]) : run(program, args);
}

async function ownerIds() {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

export async function startThrowawayCluster(): Promise<Cluster> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'throwaway-postgres-'));
  if (asRoot) {
    const { uid, gid } = await ownerIds();
    chownSync(folder, uid, gid);
  }
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  await postgresTool('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // fsync stays on: the tests ask whether acknowledged writes survive a crash of the server.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  const cluster: Cluster = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop(mode = 'fast') {
      await postgresTool('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
    },
    async start() {
      await postgresTool('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(folder, 'log'), '-w', 'start']);
    },
    async destroy() {
      await cluster.stop('immediate').catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}
