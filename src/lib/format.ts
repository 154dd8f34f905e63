import { useTranslation } from 'react-i18next';

const locales = { en: 'en-GB', sv: 'sv-SE' } as const;

/** Dates and numbers in the reader's language, through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = locales[i18n.language as keyof typeof locales] ?? locales.en;
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const percent = (share: number, maximumFractionDigits = 0) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share);
  return {
    date: (value: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(value)),
    dateTime: (value: string | Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)),
    number,
    /** A share (1 is all of it) as a percentage: "31%" in English, "31 %" in Swedish. */
    percent,
    /** An amount in its unit; one in per cent is written as the language writes percentages. */
    amount: (value: number, unit: string) => (unit === '%' ? percent(value / 100, 2) : `${number(value)}${unit ? ` ${unit}` : ''}`),
    /** Names joined as the language joins them: "Grace and Anna", "Grace och Anna". */
    list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
}
