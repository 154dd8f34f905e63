import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import sv from '@/locales/sv.json';

export const languages = ['en', 'sv'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The remembered choice, else the browser's preference, else English. */
function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return preferred.some((tag) => tag?.toLowerCase().startsWith('sv')) ? 'sv' : 'en';
}

export function rememberLanguage(language: Language) {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  return i18n.changeLanguage(language);
}

/** Marks the console messages of a key the catalogues lack, which the tests fail on. */
export const missingTranslation = 'Missing translation:';

// Development and test builds have no fallback language and say loudly when a key is missing or
// names a group of keys, so that a gap shows on the page it breaks instead of passing as English.
const strict = import.meta.env.MODE !== 'production';

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, sv: { translation: sv } },
  lng: initialLanguage(),
  fallbackLng: strict ? false : 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: strict,
  missingKeyHandler: (languages, _namespace, key) => console.error(`${missingTranslation} key '${key}' (${languages.join(', ')}) is not in the catalogue`),
  returnedObjectHandler: (key) => {
    if (strict) console.error(`${missingTranslation} key '${key}' (${i18n.language}) is a group of keys, not a text`);
    return key;
  },
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export { i18n };
