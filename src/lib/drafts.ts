/**
 * Drafts of open forms, kept in the browser so that a reload, a crash or a dropped connection
 * does not cost anyone their typing. They stay on this device only and go on sign-out.
 */
const prefix = 'draft:';

export interface Draft<Values> {
  values: Values;
  savedAt: string;
}

function storage() {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies): forms still work, without drafts.
    return null;
  }
}

export const drafts = {
  read<Values>(key: string): Draft<Values> | null {
    const text = storage()?.getItem(prefix + key);
    if (!text) return null;
    try {
      const draft = JSON.parse(text) as Draft<Values>;
      return draft && typeof draft === 'object' && 'values' in draft ? draft : null;
    } catch {
      return null;
    }
  },
  write<Values>(key: string, values: Values, now = new Date()) {
    try {
      storage()?.setItem(prefix + key, JSON.stringify({ values, savedAt: now.toISOString() } satisfies Draft<Values>));
    } catch {
      // A full storage loses the draft, never the form.
    }
  },
  remove(key: string) {
    storage()?.removeItem(prefix + key);
  },
  clearAll() {
    const store = storage();
    if (!store) return;
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => Boolean(key?.startsWith(prefix)));
    keys.forEach((key) => store.removeItem(key));
  },
};
