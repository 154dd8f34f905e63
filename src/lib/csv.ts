import Papa from 'papaparse';

export type CsvCell = string | number | null;
export type CsvDelimiter = ',' | ';';

/** Swedish Excel splits columns on semicolons (the comma is its decimal sign); others on commas. */
export const delimiterFor = (language: string): CsvDelimiter => (language === 'sv' ? ';' : ',');

/**
 * The decimal sign that goes with a separator: a spreadsheet that splits on semicolons reads the
 * comma as its decimal sign (Swedish), one that splits on commas reads the point.
 */
export const decimalSignOf = (delimiter: CsvDelimiter) => (delimiter === ';' ? ',' : '.');

/**
 * Whether a spreadsheet opening the file would run this text as a formula rather than show it.
 * = and @ always start one. + and - start one when something other than a space follows, or when
 * the text could call a function, a program or another sheet or file (a parenthesis, | or ! or [).
 * A text that merely starts with a dash and a space, as a list does, is left as it is. Tab and
 * carriage return first are the tricks that slip a formula past a filter that looks at the first
 * visible character.
 */
export const runsAsFormula = (text: string) => /^[=@\t\r]/.test(text) || /^[+-](?=\S)/.test(text) || /^[+-][^]*[(|![]/.test(text);

function cellText(cell: CsvCell, delimiter: CsvDelimiter) {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', decimalSignOf(delimiter));
  // An apostrophe first makes a spreadsheet show the text as it is.
  return runsAsFormula(cell) ? `'${cell}` : cell;
}

/** Spreadsheets read a file as UTF-8, so that å, ä and ö survive, when it starts with this mark. */
export const byteOrderMark = '\uFEFF';

/**
 * Rows as CSV lines the way spreadsheets open them: RFC 4180 quoting, CRLF line ends, numbers with
 * the decimal sign of the separator's dialect, and text that a spreadsheet would run as a formula
 * prefixed with an apostrophe.
 */
export const csvLines = (rows: CsvCell[][], delimiter: CsvDelimiter) =>
  Papa.unparse(
    rows.map((row) => row.map((cell) => cellText(cell, delimiter))),
    { delimiter, newline: '\r\n' },
  );

/** A whole CSV file: the mark, the header, the rows. */
export const toCsv = (header: string[], rows: CsvCell[][], delimiter: CsvDelimiter) => byteOrderMark + csvLines([header, ...rows], delimiter);
