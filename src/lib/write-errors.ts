/** Why the database refused a write, as a translation key for the person who tried it. */
export function writeErrorMessage(error: unknown) {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'PT409') return 'errors.staleEdit';
  if (code === 'PT423') return 'errors.frozenYear';
  if (code === 'PT404') return 'errors.rowGone';
  if (code === 'PT428') return 'errors.versionRequired';
  if (code === '42501') return 'errors.notAllowed';
  if (error instanceof TypeError) return 'errors.offline';
  return 'errors.generic';
}

/** A stale edit: someone else saved the same row since the form was loaded. */
export const isStaleEdit = (error: unknown) => (error as { code?: string } | null)?.code === 'PT409';
