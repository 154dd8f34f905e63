import { z } from 'zod';
import { i18n } from '@/lib/i18n';

const spaces = /[\s\u00a0\u202f]/g;
// Swedish writes 33,7 and groups digits with spaces; a point is read as a decimal point too,
// since figures pasted from elsewhere often have one.
const swedish = /^\d+([.,]\d+)?$/;
// English writes 33.7 and may group thousands with commas (1,250.5).
const english = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

const usesDecimalComma = (language: string) => language.startsWith('sv');

/**
 * A number as a person types it in their language: "33,7" in Swedish, "33.7" or "1,250" in
 * English. NaN for anything else, so that "33,7" in English is refused rather than read as 337.
 */
export function parseNumber(text: string, language: string) {
  const compact = text.replace(spaces, '');
  if (usesDecimalComma(language)) return swedish.test(compact) ? Number(compact.replace(',', '.')) : Number.NaN;
  return english.test(compact) ? Number(compact.replaceAll(',', '')) : Number.NaN;
}

/** A cell of a form as a number: typed text read in the current language, null when empty or not a number. */
export function numberOrNull(cell: unknown) {
  const value = typeof cell === 'string' ? (cell.trim() === '' ? Number.NaN : parseNumber(cell, i18n.language)) : typeof cell === 'number' ? cell : Number.NaN;
  return Number.isNaN(value) ? null : value;
}

/** A stored number as it is typed in the language, for the value of a text field. */
export function numberInputValue(value: number | null | undefined, language: string = i18n.language) {
  if (value === null || value === undefined) return '';
  // Plain digits, never an exponent ("1e-7"), which the field would refuse to read back.
  const plain = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return usesDecimalComma(language) ? plain.replace('.', ',') : plain;
}

/** The text of a number field read in the current language; an empty field is `empty`. */
const readNumber = (empty: number | null) => (value: unknown) => {
  if (typeof value !== 'string') return value ?? empty;
  return value.trim() === '' ? empty : parseNumber(value, i18n.language);
};

/** A number of 0 or more that may be left empty (null). */
export const optionalNumberInput = (message: string) => z.preprocess(readNumber(null), z.number({ message }).min(0, message).nullable());

/** A whole number in a range that may be left empty (null). */
export const optionalWholeNumberInput = (message: string, min: number, max: number) =>
  z.preprocess(readNumber(null), z.number({ message }).int(message).min(min, message).max(max, message).nullable());

/** A count of 0 or more: an empty field counts none. */
export const countInput = (message: string) => z.preprocess(readNumber(0), z.number({ message }).int(message).min(0, message));
