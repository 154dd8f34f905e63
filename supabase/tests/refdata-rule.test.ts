/** The rule the tests against ../shared/refdata follow: skip where it is missing, fail in CI. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refdata } from './support/refdata.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'refdata-'));
writeFileSync(path.join(dir, 'present.csv'), 'code\n');

describe('reference data', () => {
  it('is found where it is, in CI or not', () => {
    expect(refdata('present.csv', { dir, env: { CI: '' } })).toEqual({ path: path.join(dir, 'present.csv'), present: true });
    expect(refdata('present.csv', { dir, env: { CI: 'true' } }).present).toBe(true);
  });

  it('lets its tests skip where it is missing outside CI', () => {
    expect(refdata('absent.csv', { dir, env: { CI: '' } }).present).toBe(false);
    expect(refdata('absent.csv', { dir, env: {} }).present).toBe(false);
  });

  it('fails them in CI when it is missing', () => {
    expect(() => refdata('absent.csv', { dir, env: { CI: 'true' } })).toThrow('../shared/refdata/absent.csv is missing');
  });
});
