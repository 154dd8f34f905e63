/** The database's closed vocabularies (its enums), in the database's order, for forms, filters and labels. */
import { Constants, type Database } from '@/types/database';

export const vocabularies = Constants.public.Enums;
export type Vocabulary<Name extends keyof Database['public']['Enums']> = Database['public']['Enums'][Name];

/** A reporting year's state: its report's status, or not started while it has no report. */
export const reportYearStates = ['not_started', ...vocabularies.report_status] as const;

/** Whether a string is one of a closed list's values, narrowing it to them. */
export const isOneOf = <Value extends string>(values: readonly Value[], value: string): value is Value =>
  (values as readonly string[]).includes(value);
