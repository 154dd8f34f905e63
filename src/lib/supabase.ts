import { createClient } from '@supabase/supabase-js';
import { env } from '@/config/env';
import type { Database } from '@/types/database';

/**
 * The URL fragment the page was opened with, read before supabase-js consumes it: a recovery or
 * invitation link that failed (expired, used) says so only there.
 */
export const openingFragment = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.hash.slice(1));

/** The one client of the app; the database's row-level security decides what it may do. */
export const supabase = createClient<Database>(env.supabaseUrl, env.supabaseAnonKey);
