import { createClient } from '@supabase/supabase-js';
import { env } from '@/config/env';
import type { Database } from '@/types/database';

/** The one client of the app; the database's row-level security decides what it may do. */
export const supabase = createClient<Database>(env.supabaseUrl, env.supabaseAnonKey);
