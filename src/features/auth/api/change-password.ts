import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { assertOnline } from '@/lib/online';
import { supabase } from '@/lib/supabase';
import { newPasswordSchema } from './credentials';

export const changePasswordSchema = z.intersection(z.object({ current: z.string().min(1, 'validation.passwordRequired') }), newPasswordSchema);
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A wrong current password, as the form tells it. */
export class WrongPassword extends Error {}

/** Changes the password once the current one is proven: someone at an unlocked screen cannot. */
export async function changePassword({ email, current, password }: { email: string; current: string; password: string }) {
  assertOnline();
  const proof = await supabase.auth.signInWithPassword({ email, password: current });
  if (proof.error) throw proof.error.code === 'invalid_credentials' ? new WrongPassword('profile.wrongPassword') : proof.error;
  const { error } = await supabase.auth.updateUser({ password });
  if (error) throw error;
}

export const useChangePassword = () => useMutation({ mutationFn: changePassword, networkMode: 'always' });
