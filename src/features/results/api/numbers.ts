import { z } from 'zod';

/** An empty input (or none) is no value, not zero. */
const emptyAsNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** An amount that may be left empty. */
export const optionalAmount = z.preprocess(emptyAsNull, z.coerce.number({ message: 'validation.amount' }).min(0, 'validation.amount').nullable());

/** A year that may be left empty. */
export const optionalYear = z.preprocess(
  emptyAsNull,
  z.coerce.number({ message: 'validation.year' }).int('validation.year').min(2000, 'validation.year').max(2100, 'validation.year').nullable(),
);
