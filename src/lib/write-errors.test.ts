import { describe, expect, it } from 'vitest';
import { isStaleEdit, writeErrorMessage } from './write-errors';

describe('writeErrorMessage', () => {
  it('names the database rule that refused the write', () => {
    expect(writeErrorMessage({ code: 'PT409', message: 'stale_version' })).toBe('errors.staleEdit');
    expect(writeErrorMessage({ code: 'PT423', message: 'year_frozen' })).toBe('errors.frozenYear');
    expect(writeErrorMessage({ code: '42501', message: 'new row violates row-level security policy' })).toBe('errors.notAllowed');
    expect(writeErrorMessage({ code: 'PT404', message: 'activity_not_found' })).toBe('errors.rowGone');
    expect(writeErrorMessage({ code: 'PT428', message: 'version_required' })).toBe('errors.versionRequired');
  });

  it('tells a lost connection from anything else', () => {
    expect(writeErrorMessage(new TypeError('Failed to fetch'))).toBe('errors.offline');
    expect(writeErrorMessage({ code: '23514' })).toBe('errors.generic');
    expect(isStaleEdit({ code: 'PT409' })).toBe(true);
    expect(isStaleEdit(new Error('x'))).toBe(false);
  });
});
