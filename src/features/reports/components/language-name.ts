import { useTranslation } from 'react-i18next';

/** A language tag's name in the interface language ("sv" → "Swedish" or "svenska"), or the tag when unknown. */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'code' });
  return (tag: string) => {
    try {
      return names.of(tag) ?? tag;
    } catch {
      return tag;
    }
  };
}

/** The languages offered for a section besides English: Swedish and the partner municipalities' languages. */
export const otherLanguages = ['sv', 'sw', 'tn', 'af', 'zu', 'xh', 'st', 'id', 'jv', 'pt', 'fr', 'es', 'ar', 'uk', 'sq', 'sr', 'bs', 'mk', 'ka', 'vi', 'km', 'lg', 'rw', 'am'] as const;
