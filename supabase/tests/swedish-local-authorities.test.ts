/**
 * Sweden's municipalities and regions of the migrations, read through the API as anyone may,
 * checked for completeness and — where ../shared/refdata/se exists, as it must in CI — against
 * SCB's own lists; and an organisation's code must be one of them, of its kind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from './support/demo-stack.ts';
import { refdata } from './support/refdata.ts';

const scb = refdata('se');
const readCsv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(scb.path, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

type Authority = { code: string; kind: 'municipality' | 'region'; name: string; region_code: string | null };

let stack: DemoStack;
let authorities: Authority[];

beforeAll(async () => {
  stack = await startDemoStack();
  const { data, error } = await stack.anon().from('swedish_local_authorities').select('code, kind, name, region_code').order('code');
  if (error) throw error;
  authorities = data as Authority[];
}, 120_000);
afterAll(() => stack?.stop());

describe('the Swedish municipalities and regions', () => {
  it('are 290 municipalities, each in one of 21 regions', () => {
    const regions = authorities.filter((row) => row.kind === 'region');
    const municipalities = authorities.filter((row) => row.kind === 'municipality');
    expect(regions).toHaveLength(21);
    expect(municipalities).toHaveLength(290);
    const regionCodes = new Set(regions.map((row) => row.code));
    expect(municipalities.filter((row) => !regionCodes.has(row.region_code ?? ''))).toEqual([]);
  });

  it.skipIf(!scb.present)('are SCB\'s, by code, name and region', () => {
    const municipalities = readCsv('municipality_county.csv').map((row) => ({
      code: row.municipality_code,
      kind: 'municipality',
      name: row.municipality_name_short,
      region_code: row.county_code,
    }));
    const regions = readCsv('counties.csv').map((row) => ({ code: row.county_code, kind: 'region', name: row.county_name, region_code: null }));
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect(authorities).toEqual([...regions, ...municipalities].sort(byCode));
  });
});

describe('an organisation\'s code', () => {
  const organisation = { name: 'Testkommun', kind: 'municipality', country_code: 'SE' };
  const insert = (row: Record<string, unknown>) => stack.service().from('organisations').insert(row).select('id');

  it('is one of them, of the organisation\'s kind', async () => {
    const municipality = await insert({ ...organisation, municipality_code: '2482' });
    expect(municipality.error).toBeNull();
    const region = await insert({ ...organisation, name: 'Region Skåne', kind: 'region', municipality_code: '12' });
    expect(region.error).toBeNull();
  });

  it('is refused when no such municipality or region exists, or when it is of another kind', async () => {
    expect((await insert({ ...organisation, municipality_code: '0999' })).error?.code).toBe('23503');
    expect((await insert({ ...organisation, municipality_code: '14' })).error?.code).toBe('23514');
    expect((await insert({ ...organisation, kind: 'region', municipality_code: '1480' })).error?.code).toBe('23514');
  });
});
