import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { paths } from '@/config/paths';
import { assertOnline } from '@/lib/online';
import { supabase } from '@/lib/supabase';
import { emailSchema } from './credentials';

export const passwordResetSchema = z.object({ email: emailSchema });
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;

export async function requestPasswordReset({ email }: PasswordResetInput) {
  assertOnline();
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo: `${window.location.origin}${paths.resetPassword.href()}` });
  if (error) throw error;
  return email;
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset, networkMode: 'always' });
}
