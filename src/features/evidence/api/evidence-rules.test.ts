import { describe, expect, it } from 'vitest';
import { canPreview, evidenceFileProblem, maxEvidenceBytes, storageSafeName } from './evidence-rules';

describe('evidence rules', () => {
  it('accepts documents and photos within the size limit', () => {
    expect(evidenceFileProblem({ size: 1200, type: 'application/pdf' })).toBeNull();
    expect(evidenceFileProblem({ size: maxEvidenceBytes, type: 'image/jpeg' })).toBeNull();
  });

  it('refuses other types, files over 25 MB and empty files, each with its reason', () => {
    expect(evidenceFileProblem({ size: 1200, type: 'application/x-msdownload' })).toBe('evidence.wrongType');
    expect(evidenceFileProblem({ size: 1200, type: '' })).toBe('evidence.wrongType');
    expect(evidenceFileProblem({ size: maxEvidenceBytes + 1, type: 'application/pdf' })).toBe('evidence.tooLarge');
    expect(evidenceFileProblem({ size: 0, type: 'text/plain' })).toBe('evidence.empty');
  });

  it('makes storage keys of any file name', () => {
    expect(storageSafeName('Protokoll möte – Ghanzi.pdf')).toBe('Protokoll-mote-Ghanzi.pdf');
    expect(storageSafeName('../../etc/passwd')).toBe('etc-passwd');
    expect(storageSafeName('åäö')).toBe('aao');
    expect(storageSafeName('日本語')).toBe('file');
  });

  it('previews images and PDFs only', () => {
    expect(canPreview('image/png')).toBe(true);
    expect(canPreview('application/pdf')).toBe(true);
    expect(canPreview('image/heic')).toBe(false);
    expect(canPreview('application/msword')).toBe(false);
  });
});
