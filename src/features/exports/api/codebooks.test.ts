import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { allColumnNames, codebooks, exportKinds } from './codebooks';

describe('codebooks', () => {
  it.each(['en', 'sv'])('explain every column and type in %s', (language) => {
    const missing = allColumnNames.filter((name) => !i18n.exists(`exports.columns.${name}`, { lng: language }));
    const types = [...new Set(Object.values(codebooks).flatMap((columns) => columns.map((column) => column.type)))];
    expect(missing).toEqual([]);
    expect(types.filter((type) => !i18n.exists(`exports.types.${type}`, { lng: language }))).toEqual([]);
  });

  it.each(exportKinds)('%s: stable ids and codes in every row', (kind) => {
    const names = codebooks[kind].map((column) => column.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/_id$/);
    expect(names).toContain('partnership_id');
    if (kind !== 'partnerships') expect(names).toEqual(expect.arrayContaining(['partner_country_codes', 'partner_regions']));
  });
});
