import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { countInput, numberInputValue, optionalNumberInput, parseNumber } from './number-input';

describe('parseNumber', () => {
  it('reads the decimal comma in Swedish, and a point, with spaces grouping the digits', () => {
    expect(parseNumber('33,7', 'sv')).toBe(33.7);
    expect(parseNumber('33.7', 'sv')).toBe(33.7);
    expect(parseNumber('1 250,5', 'sv')).toBe(1250.5);
    expect(parseNumber('1\u00a0250', 'sv')).toBe(1250);
  });

  it('reads the decimal point in English, with commas grouping thousands', () => {
    expect(parseNumber('33.7', 'en')).toBe(33.7);
    expect(parseNumber('1,250.5', 'en')).toBe(1250.5);
  });

  it('refuses what is not a number in the language rather than guessing: "33,7" in English is not 337', () => {
    for (const text of ['33,7', '3,3,7', '1.2.3', 'abc', '12kg', '-', ',5', '5,']) expect(parseNumber(text, 'en'), text).toBeNaN();
    for (const text of ['3,3,7', '1,2.3', 'abc', '12 kg', '-4', '5,']) expect(parseNumber(text, 'sv'), text).toBeNaN();
  });
});

describe('number fields in the schemas', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('read a Swedish decimal comma once the language is Swedish, and refuse it in English with the field\'s message', async () => {
    const amount = optionalNumberInput('validation.amount');
    await i18n.changeLanguage('sv');
    expect(amount.parse('33,7')).toBe(33.7);
    expect(amount.parse('')).toBeNull();
    expect(numberInputValue(33.7)).toBe('33,7');
    await i18n.changeLanguage('en');
    expect(amount.safeParse('33,7').error?.issues[0].message).toBe('validation.amount');
    expect(numberInputValue(33.7)).toBe('33.7');
  });

  it('write very small and very large stored numbers as plain digits that read back', () => {
    for (const [language, value] of [['en', 0.0000001], ['sv', 0.0000001], ['en', 1e21]] as const) {
      expect(numberInputValue(value, language)).not.toMatch(/e/i);
      expect(parseNumber(numberInputValue(value, language), language)).toBe(value);
    }
  });

  it('count whole numbers only, an empty field as none', () => {
    const count = countInput('validation.participants');
    expect(count.parse('12')).toBe(12);
    expect(count.parse('')).toBe(0);
    expect(count.safeParse('2.5').error?.issues[0].message).toBe('validation.participants');
  });
});
