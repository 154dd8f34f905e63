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
