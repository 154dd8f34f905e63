/**
 * TypeScript types of the database, made by Supabase's own generator (the engine of
 * `supabase gen types typescript`) from a fresh database with the project's migrations.
 */
import path from 'node:path';
import { introspect } from '@supabase/postgrest-typegen/introspection';
import { generateTypescript, sortGeneratorMetadata } from '@supabase/postgrest-typegen/generation';
import { loadConfig, openDatabase } from '../supabase/local/index.ts';

export async function generateDatabaseTypes(projectDir: string): Promise<string> {
  const config = loadConfig(projectDir);
  const { db } = await openDatabase({ supabaseDir: path.join(projectDir, 'supabase'), seed: false });
  try {
    const metadata = await introspect(
      { query: async (sql: string) => ({ rows: await db.query(sql) }) },
      { includedSchemas: config.api.schemas.filter((schema) => schema !== 'graphql_public') },
    );
    return await generateTypescript(sortGeneratorMetadata(metadata), { postgrestVersion: '12' });
  } finally {
    await db.close();
  }
}
