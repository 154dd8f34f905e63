import { z } from 'zod';

/** Messages are translation keys; the form shows them in the reader's language. */
export const emailSchema = z.email('validation.email');

export const newPasswordSchema = z
  .object({
    password: z.string().min(10, 'validation.passwordLength').regex(/[A-Za-z]/, 'validation.passwordCharacters').regex(/\d/, 'validation.passwordCharacters'),
    repeat: z.string(),
  })
  .refine((value) => value.password === value.repeat, { message: 'validation.passwordsDiffer', path: ['repeat'] });
