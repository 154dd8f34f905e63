import { describe, expect, it } from 'vitest';
import { programmeFilterArgs, programmeFiltersSchema, programmeFiltersSearch } from './programme-filters';

const parse = (search: string) => programmeFiltersSchema.parse(Object.fromEntries(new URLSearchParams(search)));

describe('dashboard filters in the URL', () => {
  it('reads every filter', () => {
    const filters = parse('from=2023&to=2025&country=KE&region=africa&goal=5&target=5.5&principle=participation&indicator=5.5.1');
    expect(filters).toMatchObject({ from: 2023, to: 2025, country: 'KE', region: 'africa', goal: 5, target: '5.5', principle: 'participation', indicator: '5.5.1' });
    expect(programmeFilterArgs(filters)).toEqual({ year_from: 2023, year_to: 2025, country_code: 'KE', region: 'africa', partnership_id: undefined, goal_id: 5, principle: 'participation' });
  });

  it('reads a partnership by any id the database holds, the demo data\'s fixed ids too', () => {
    expect(parse('partnership=00000000-0000-4000-c000-000000000003').partnership).toBe('00000000-0000-4000-c000-000000000003');
    expect(parse('partnership=not-an-id').partnership).toBeUndefined();
  });

  it('falls back to no filter for what it cannot read, and reads a backwards range forwards', () => {
    const filters = parse('from=2025&to=2021&country=Kenya&goal=18&target=5.55x&principle=secrecy&region=mars');
    expect(filters).toMatchObject({ from: 2021, to: 2025 });
    expect([filters.country, filters.goal, filters.target, filters.principle, filters.region]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('defaults to the five years up to last year', () => {
    const lastYear = new Date().getFullYear() - 1;
    expect(parse('')).toMatchObject({ from: lastYear - 4, to: lastYear });
  });

  it('links to the same view with a filter changed or removed', () => {
    const filters = parse('from=2025&to=2025&country=KE&goal=5&target=5.5');
    expect(programmeFiltersSearch(filters, { goal: undefined, target: undefined })).toBe('?from=2025&to=2025&country=KE');
    expect(programmeFiltersSearch(filters, { target: '5.1' })).toBe('?from=2025&to=2025&country=KE&goal=5&target=5.1');
  });
});
