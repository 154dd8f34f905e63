import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';

const keysOf = (catalogue: object, prefix = ''): string[] =>
  Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

const valueOf = (catalogue: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort().join();

describe('translation catalogues', () => {
  it('have the same keys in English and Swedish, none empty', () => {
    expect(keysOf(sv).sort()).toEqual(keysOf(en).sort());
    const empty = keysOf(en).filter((key) => valueOf(en, key).trim() === '' || valueOf(sv, key).trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    expect(keysOf(en).filter((key) => placeholders(valueOf(en, key)) !== placeholders(valueOf(sv, key)))).toEqual([]);
  });
});

describe('the Swedish catalogue', () => {
  const texts = keysOf(sv).map((key) => [key, valueOf(sv, key)] as const);
  const matching = (pattern: RegExp) => texts.filter(([, text]) => pattern.test(text)).map(([key, text]) => `${key}: ${text}`);

  it('calls a report\'s state its status, and the submitted state inskickad', () => {
    expect(matching(/(^|[\s(])läge(t|n)?([\s.,:]|$)|rapportläge/i)).toEqual([]);
    expect(matching(/inlämn|lämna(r|s|de)? in\b/i)).toEqual([]);
    expect(valueOf(sv, 'reports.state')).toBe('Status');
    expect(valueOf(sv, 'reviews.states.submitted')).toBe('Inskickad');
  });

  it('quotes with Swedish quotation marks', () => {
    expect(matching(/[“„«»"]/)).toEqual([]);
    expect(valueOf(sv, 'history.quoted')).toBe('”{{text}}”');
  });

  it('asks its confirmation dialogs as questions', () => {
    for (const key of ['reports.submitTitle', 'review.returnTitle', 'review.approveTitle', 'review.reopenTitle', 'work.leaveTitle', 'delete.confirmTitle', 'invitations.withdrawQuestion', 'members.removeQuestion']) {
      expect(valueOf(sv, key)).toMatch(/^Vill du .+\?$/);
    }
  });
});
