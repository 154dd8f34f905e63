import Papa from 'papaparse';

export type CsvCell = string | number | null;
export type CsvDelimiter = ',' | ';';

/** Swedish Excel splits columns on semicolons (the comma is its decimal sign); others on commas. */
export const delimiterFor = (language: string): CsvDelimiter => (language === 'sv' ? ';' : ',');

/** Spreadsheets read a file as UTF-8, so that å, ä and ö survive, when it starts with this mark. */
export const byteOrderMark = '\uFEFF';

/**
 * Rows as CSV lines the way spreadsheets open them: RFC 4180 quoting, CRLF line ends, and text
 * that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) prefixed with
 * an apostrophe. Numbers stay numbers.
 */
export const csvLines = (rows: CsvCell[][], delimiter: CsvDelimiter) => Papa.unparse(rows, { delimiter, newline: '\r\n', escapeFormulae: true });

/** A whole CSV file: the mark, the header, the rows. */
export const toCsv = (header: string[], rows: CsvCell[][], delimiter: CsvDelimiter) => byteOrderMark + csvLines([header, ...rows], delimiter);
