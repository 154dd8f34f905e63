/** bcrypt hashes, compatible with pgcrypto's `crypt(…, gen_salt('bf'))` used by seed scripts. */
import bcrypt from 'bcryptjs';
import type { StackConfig } from '../config.ts';
import { errors } from './auth-error.ts';

export const hashPassword = (password: string) => bcrypt.hash(password, 10);

// Compared against when there is no account or no password, so that the answer takes as long as
// for a wrong password and the time taken does not tell which addresses have accounts.
const dummyHash = bcrypt.hashSync('no account has this password', 10);

export async function passwordMatches(password: string, hash: string | null | undefined) {
  if (!hash) {
    await bcrypt.compare(password, dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash.replace(/^\$2[xy]\$/, '$2a$'));
}

const requirementSets: Record<string, string[]> = {
  letters_digits: ['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
  lower_upper_letters_digits: ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
  lower_upper_letters_digits_symbols: [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789',
    "!@#$%^&*()_+-=[]{};'\\:\"|<>?,./`~",
  ],
};

/** Refuses a password as GoTrue does: too short, or missing a required kind of character. */
export function checkPasswordStrength(password: unknown, auth: StackConfig['auth']): string {
  if (typeof password !== 'string' || password === '') throw errors.validation('Password is required');
  if (password.length < auth.minimumPasswordLength) {
    throw errors.weakPassword(`Password should be at least ${auth.minimumPasswordLength} characters.`, ['length']);
  }
  const sets = requirementSets[auth.passwordRequirements] ?? [];
  if (sets.some((set) => ![...password].some((char) => set.includes(char)))) {
    throw errors.weakPassword(`Password should contain at least one character of each: ${sets.join(', ')}.`, ['characters']);
  }
  return password;
}
