import { useTranslation } from 'react-i18next';

/** A country's name in the reader's language, from its ISO code. */
export function useCountryName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  return (code: string) => names.of(code) ?? code;
}
