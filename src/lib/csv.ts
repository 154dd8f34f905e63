import Papa from 'papaparse';

export type CsvCell = string | number | null;
export type CsvDelimiter = ',' | ';';

/** Swedish Excel splits columns on semicolons (the comma is its decimal sign); others on commas. */
export const delimiterFor = (language: string): CsvDelimiter => (language === 'sv' ? ';' : ',');

/**
 * A CSV file as spreadsheets open it: a byte-order mark so that å, ä and ö survive, RFC 4180
 * quoting, CRLF line ends, and text that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return first) prefixed with an apostrophe. Numbers stay numbers.
 */
export function toCsv(header: string[], rows: CsvCell[][], delimiter: CsvDelimiter): string {
  return `\uFEFF${Papa.unparse({ fields: header, data: rows }, { delimiter, newline: '\r\n', escapeFormulae: true })}`;
}
