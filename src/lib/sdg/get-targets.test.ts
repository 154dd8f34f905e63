import { describe, expect, it } from 'vitest';
import { matchesTarget, type Target } from './get-targets';

const target: Target = {
  id: '5.5',
  goal_id: 5,
  text_en: "Ensure women's full and effective participation and equal opportunities for leadership",
  text_sv: 'Säkerställa kvinnors fulla och faktiska deltagande och lika möjligheter till ledarskap',
};

describe('matchesTarget', () => {
  it('finds a target by its number or the start of it', () => {
    expect(matchesTarget(target, '5.5', 'en')).toBe(true);
    expect(matchesTarget(target, '5.', 'en')).toBe(true);
    expect(matchesTarget(target, '16', 'en')).toBe(false);
  });

  it('finds a target by words in the reader language', () => {
    expect(matchesTarget(target, 'Leadership women', 'en')).toBe(true);
    expect(matchesTarget(target, 'ledarskap', 'sv')).toBe(true);
    expect(matchesTarget(target, 'ledarskap', 'en')).toBe(false);
  });
});
