import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const nodeProject = (name: string, include: string[], globalSetup: string[] = []) => ({
  test: { name, include, globalSetup, environment: 'node' as const, testTimeout: 30_000, hookTimeout: 120_000 },
});

export default defineConfig({
  test: {
    // Vitest leaves a core to its main process, which idles while the workers run: on two cores
    // that would run every file one after another.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      nodeProject('local-stack', ['supabase/local/tests/**/*.test.ts'], ['supabase/local/tests/support/global-setup.ts']),
      nodeProject('database', ['supabase/tests/**/*.test.ts'], ['supabase/tests/support/global-setup.ts']),
      {
        plugins: [react()],
        resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // The component tests share their workers' modules instead of loading React, the router and
          // the catalogues again for every file (half the app's test time); each test renders with
          // providers of its own, and downloads are caught in the browser, not by mocking a module.
          isolate: false,
          setupFiles: ['src/testing/setup-tests.ts'],
          env: { VITE_SUPABASE_URL: 'http://127.0.0.1:54321', VITE_SUPABASE_ANON_KEY: 'test-anon-key-of-sufficient-length' },
        },
      },
    ],
  },
});
