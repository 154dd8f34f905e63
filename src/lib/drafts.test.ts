import { beforeEach, describe, expect, it } from 'vitest';
import { drafts } from './drafts';

describe('drafts', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the values with the time they were kept', () => {
    drafts.write('activity:new', { title: 'Workshop' }, new Date('2026-05-01T10:00:00Z'));
    expect(drafts.read('activity:new')).toEqual({ values: { title: 'Workshop' }, savedAt: '2026-05-01T10:00:00.000Z' });
  });

  it('reads nothing for an unknown key or a damaged entry', () => {
    window.localStorage.setItem('draft:broken', '{not json');
    expect(drafts.read('missing')).toBeNull();
    expect(drafts.read('broken')).toBeNull();
  });

  it('removes one draft, or all drafts but nothing else', () => {
    drafts.write('a', 1);
    drafts.write('b', 2);
    window.localStorage.setItem('language', 'sv');
    drafts.remove('a');
    expect(drafts.read('a')).toBeNull();
    expect(drafts.read('b')).not.toBeNull();
    drafts.clearAll();
    expect(drafts.read('b')).toBeNull();
    expect(window.localStorage.getItem('language')).toBe('sv');
  });
});
