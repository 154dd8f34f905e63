import { describe, expect, it } from 'vitest';
import { statusOfSqlState, toRestError } from '../src/rest/rest-error.ts';

/** A database error as both drivers throw it. */
const pgError = (code: string, message = 'failed', detail?: string, hint?: string) => Object.assign(new Error(message), { code, detail, hint });

describe("PostgREST's SQLSTATE → HTTP status mapping", () => {
  const cases: [string, string, boolean, number][] = [
    ['08006', 'connection failure', true, 503],
    ['09000', 'triggered action exception', true, 500],
    ['0L000', 'invalid grantor', true, 403],
    ['0P000', 'invalid role specification', true, 403],
    ['21000', 'more than one row returned by a subquery used as an expression', true, 500],
    ['21000', 'DELETE requires a WHERE clause', true, 400],
    ['22023', 'role "root" does not exist', true, 401],
    ['22023', 'targets_not_a_list', true, 400],
    ['22P02', 'invalid input syntax for type boolean: "maybe"', true, 400],
    ['23503', 'foreign key violation', true, 409],
    ['23505', 'unique violation', true, 409],
    ['23514', 'check violation', true, 400],
    ['25006', 'cannot execute INSERT in a read-only transaction', true, 405],
    ['25P02', 'in failed transaction', true, 500],
    ['28000', 'invalid authorization', true, 403],
    ['2D000', 'invalid transaction termination', true, 500],
    ['38000', 'external routine exception', true, 500],
    ['39000', 'external routine invocation', true, 500],
    ['3B000', 'savepoint exception', true, 500],
    ['40001', 'serialization failure', true, 500],
    ['42501', 'permission denied', false, 401],
    ['42501', 'permission denied', true, 403],
    ['42883', 'function nope() does not exist', true, 404],
    ['42883', 'function xmlagg(text) does not exist', true, 406],
    ['42P01', 'relation does not exist', true, 404],
    ['42P17', 'infinite recursion detected in policy', true, 500],
    ['42703', 'column does not exist', true, 400],
    ['53400', 'configuration limit exceeded', true, 500],
    ['53100', 'disk full', true, 503],
    ['54000', 'program limit exceeded', true, 500],
    ['55P03', 'lock not available', true, 500],
    ['57014', 'canceling statement due to statement timeout', true, 500],
    ['57P01', 'terminating connection due to administrator command', true, 503],
    ['58030', 'io error', true, 500],
    ['F0000', 'config file error', true, 500],
    ['HV000', 'fdw error', true, 500],
    ['P0001', 'raise exception', true, 400],
    ['P0002', 'no data found', true, 500],
    ['P0003', 'too many rows', true, 500],
    ['XX000', 'internal error', true, 500],
    ['PT404', 'report_not_found', true, 404],
    ['PT428', 'version_required', true, 428],
    ['PT409', 'stale_version', false, 409],
    ['PTABC', 'unreadable status', true, 500],
    ['PT1000', 'no such status', true, 500],
  ];
  it.each(cases)('%s (%s) as %s → %i', (code, message, authenticated, status) => {
    expect(statusOfSqlState(code, message, authenticated)).toBe(status);
  });
});

describe('the error body', () => {
  it('carries the message, detail and hint a function raises', () => {
    const error = toRestError(pgError('PT428', 'version_required', 'Send the version.', 'Reload first.'), 'authenticated');
    expect({ status: error.status, ...error.body() }).toEqual({ status: 428, code: 'PT428', message: 'version_required', details: 'Send the version.', hint: 'Reload first.' });
  });

  it('asks an anonymous caller refused a privilege for a bearer token', () => {
    expect(toRestError(pgError('42501', 'permission denied for function x'), 'anon').headers()).toEqual({ 'www-authenticate': 'Bearer' });
    expect(toRestError(pgError('42501', 'permission denied for function x'), 'authenticated').headers()).toEqual({});
  });

  it("answers RAISE SQLSTATE 'PGRST' with the body and status the function wrote", () => {
    const error = toRestError(
      pgError('PGRST', JSON.stringify({ code: 'quota', message: 'Over quota', details: 'Ten a day', hint: 'Wait' }), JSON.stringify({ status: 429, headers: { 'retry-after': '60' } })),
      'authenticated',
    );
    expect({ status: error.status, headers: error.headers(), ...error.body() }).toEqual({ status: 429, headers: { 'retry-after': '60' }, code: 'quota', message: 'Over quota', details: 'Ten a day', hint: 'Wait' });
  });

  it.each([
    ['a message that is not JSON', 'not json', '{"status": 400}'],
    ['a message without a code', '{"message": "x"}', '{"status": 400}'],
    ['no detail', '{"code": "x", "message": "y"}', undefined],
    ['a detail without a status', '{"code": "x", "message": "y"}', '{"headers": {}}'],
  ])("answers an unreadable PGRST raise (%s) with PGRST121, status 500", (_name, message, detail) => {
    const error = toRestError(pgError('PGRST', message, detail), 'authenticated');
    expect({ status: error.status, code: error.code }).toEqual({ status: 500, code: 'PGRST121' });
  });
});
