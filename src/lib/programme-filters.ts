import { z } from 'zod';
import { vocabularies } from '@/lib/vocabularies';

export const principles = vocabularies.principle;
export const regions = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;

const year = z.coerce.number().int().min(2000).max(2100);
const reportingYear = new Date().getFullYear() - 1;

/**
 * The dashboard's filters as they live in the URL, so a view can be bookmarked and shared.
 * Anything unreadable falls back to no filter, never to an error. `goal` and `target` are also the
 * drill-down: a goal shows its targets, a target the activities behind it.
 */
export const programmeFiltersSchema = z
  .object({
    from: year.catch(reportingYear - 4),
    to: year.catch(reportingYear),
    country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
    region: z.enum(regions).optional().catch(undefined),
    // Any id the database holds (the demo data's fixed ids are not RFC 9562 UUIDs).
    partnership: z.guid().optional().catch(undefined),
    goal: z.coerce.number().int().min(1).max(17).optional().catch(undefined),
    target: z.string().regex(/^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])$/).optional().catch(undefined),
    principle: z.enum(principles).optional().catch(undefined),
    indicator: z.string().regex(/^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])\.[0-9]{1,2}$/).optional().catch(undefined),
  })
  // A range given backwards is read forwards.
  .transform((filters) => (filters.from > filters.to ? { ...filters, from: filters.to, to: filters.from } : filters));
export type ProgrammeFilters = z.infer<typeof programmeFiltersSchema>;

/** The arguments every dashboard function takes, from the filters. */
export const programmeFilterArgs = (filters: ProgrammeFilters) => ({
  year_from: filters.from,
  year_to: filters.to,
  country_code: filters.country,
  region: filters.region,
  partnership_id: filters.partnership,
  goal_id: filters.goal,
  principle: filters.principle,
});
export type ProgrammeFilterArgs = ReturnType<typeof programmeFilterArgs>;

/** The URL of the same view with some filters changed (undefined removes one). */
export function programmeFiltersSearch(filters: ProgrammeFilters, changes: Partial<Record<keyof ProgrammeFilters, string | number | undefined>>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...changes })) {
    if (value !== undefined) params.set(key, String(value));
  }
  return `?${params.toString()}`;
}
