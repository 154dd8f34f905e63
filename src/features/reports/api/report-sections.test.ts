import { describe, expect, it } from 'vitest';
import { sectionMerge } from './report-sections';

describe('sectionMerge', () => {
  it('saves on top when someone else changed only other sections', () => {
    expect(sectionMerge({ base: 'Draft', mine: 'Draft, finished', latest: 'Draft' })).toBe('retry');
  });

  it('asks the writer when someone else changed the same section', () => {
    expect(sectionMerge({ base: 'Draft', mine: 'Draft, finished', latest: 'Draft, rewritten' })).toBe('conflict');
  });

  it('does nothing when the section already reads as the writer wants', () => {
    expect(sectionMerge({ base: 'Draft', mine: 'Same words', latest: 'Same words' })).toBe('same');
  });
});
