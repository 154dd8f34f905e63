/**
 * `npm run stack` as a process of its own (the CLI through tsx), so a test can kill it as an
 * operating system would and start it again on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectDir } from './test-stack.ts';

export interface StackProcess {
  apiUrl: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  hasExited(): boolean;
  /** SIGTERM, as Ctrl-C would, and waits for the end. */
  stop(): Promise<void>;
  /** SIGKILL: no clean-up runs, as when the machine loses power or the OOM killer strikes. */
  kill(): Promise<void>;
}

export interface StackProcessOptions {
  command: 'start' | 'reset';
  /** SUPABASE_LOCAL_DATA_DIR, DATABASE_URL, ports… ('' unsets a variable of the test's own). */
  env: Record<string, string>;
  timeoutMs?: number;
}

export function spawnStack({ command, env, timeoutMs = 180_000 }: StackProcessOptions): Promise<StackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectDir, 'supabase/local/cli.ts'), command], {
    cwd: projectDir,
    env: { ...process.env, SUPABASE_LOCAL_API_PORT: '0', SUPABASE_LOCAL_INBOX_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ended = false;
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = true;
      resolve(signal ?? code);
    }),
  );
  const handle = (apiUrl: string): StackProcess => ({
    apiUrl,
    child,
    output: () => output,
    exited,
    hasExited: () => ended,
    async stop() {
      if (!ended) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (!ended) child.kill('SIGKILL');
      await exited;
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the stack did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = () => {
      const match = /API URL: (\S+)/.exec(output);
      if (!match || !output.includes('stack is running')) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve(handle(match[1]));
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited (${code}) before it was running:\n${output}`));
    });
  });
}
