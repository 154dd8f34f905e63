import { describe, expect, it } from 'vitest';
import { textColourOn } from './goal-badge';

describe('textColourOn', () => {
  it('picks dark text on light goal colours and white on dark ones', () => {
    expect(textColourOn('#26BDE2')).toBe('#1b1f24');
    expect(textColourOn('#FCC30B')).toBe('#1b1f24');
    expect(textColourOn('#19486A')).toBe('#ffffff');
    expect(textColourOn('#A21942')).toBe('#ffffff');
  });
});
