import { useTranslation } from 'react-i18next';

const locales = { en: 'en-GB', sv: 'sv-SE' } as const;

/** Dates and numbers in the reader's language, through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = locales[i18n.language as keyof typeof locales] ?? locales.en;
  return {
    date: (value: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(value)),
    dateTime: (value: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
  };
}
