import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { delimiterFor, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    const csv = toCsv(['Namn', 'Antal'], [['Ale – Ghanzi; "skolor"\nrad två', 3]], ';');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFNamn;Antal\r\n"Ale – Ghanzi; ""skolor""\nrad två";3');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['=SUM(A1)', '+1', '@x', -4]], ',');
    const [, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(row).toEqual(["'=SUM(A1)", "'+1", "'@x", '-4']);
  });

  it('writes decimals with the sign of the dialect: a point with commas, a comma with semicolons', () => {
    expect(toCsv(['value', 'label'], [[35.5, '35.5'], [-0.25, 'x']], ',')).toBe('\uFEFFvalue,label\r\n35.5,35.5\r\n-0.25,x');
    expect(toCsv(['value', 'label'], [[35.5, '35.5'], [-0.25, 'x']], ';')).toBe('\uFEFFvalue;label\r\n35,5;35.5\r\n-0,25;x');
  });

  it('leaves a text that merely starts with a dash and a space, as a list does, as it is', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['- first point', '-', '-5 °C', '- see =HYPERLINK("x")', '+46 kontor', '\t=1+1']], ';');
    const [, row] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(row).toEqual(['- first point', '-', "'-5 °C", '\'- see =HYPERLINK("x")', "'+46 kontor", "'\t=1+1"]);
  });

  it('survives a round trip through a CSV parser', () => {
    const rows = [['Växjö – JB Marks', 12], ['Robertsfors, Machakos', null]];
    const csv = toCsv(['partnership', 'activities'], rows, ',');
    const parsed = Papa.parse<string[]>(csv.slice(1)).data;
    expect(parsed).toEqual([['partnership', 'activities'], ['Växjö – JB Marks', '12'], ['Robertsfors, Machakos', '']]);
  });

  it('uses semicolons in Swedish, commas otherwise', () => {
    expect(delimiterFor('sv')).toBe(';');
    expect(delimiterFor('en')).toBe(',');
  });
});
