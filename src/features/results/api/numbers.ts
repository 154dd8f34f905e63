import { optionalNumberInput, optionalWholeNumberInput } from '@/lib/number-input';

/** An amount that may be left empty: no value, not zero. */
export const optionalAmount = optionalNumberInput('validation.amount');

/** A year that may be left empty. */
export const optionalYear = optionalWholeNumberInput('validation.year', 2000, 2100);
