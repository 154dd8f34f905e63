/**
 * The local Supabase stack, for the app's scripts, tests and benchmarks: everything they use
 * comes from here, never from the stack's own src/.
 */
export { startStack, type RunningStack, type StackOptions } from './src/stack.ts';
export { loadConfig, type StackConfig } from './src/config.ts';
export { openDatabase } from './src/db/open-database.ts';
export type { Database, Sql } from './src/db/database.ts';
export { createDatabaseSnapshot, type DatabaseSnapshot } from './src/db/database-snapshot.ts';
export { createScratchDatabase, databaseFromSnapshot } from './src/db/scratch-database.ts';
