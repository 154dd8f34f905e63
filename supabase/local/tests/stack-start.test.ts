import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ reset: true });
});
afterAll(() => stack?.stop());

describe('stack start', () => {
  it('creates Supabase roles and schemas and applies migrations', async () => {
    const rows = await stack.context.db.query<{ rolname: string }>(
      `select rolname from pg_roles where rolname in ('anon', 'authenticated', 'service_role', 'authenticator') order by rolname`,
    );
    expect(rows.map((row) => row.rolname)).toEqual(['anon', 'authenticated', 'authenticator', 'service_role']);
    const [migration] = await stack.context.db.query<{ name: string }>('select name from supabase_migrations.schema_migrations');
    expect(migration.name).toBe('library_schema');
  });
});
