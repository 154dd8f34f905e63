/** The database's closed vocabularies (its enums), in the database's order, for forms, filters and labels. */
import { Constants, type Database } from '@/types/database';

export const vocabularies = Constants.public.Enums;
export type Vocabulary<Name extends keyof Database['public']['Enums']> = Database['public']['Enums'][Name];

/** Whether a string is one of a vocabulary's values, narrowing it to them. */
export const isOneOf = <Value extends string>(values: readonly Value[], value: string): value is Value =>
  (values as readonly string[]).includes(value);
