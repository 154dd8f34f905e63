import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { assertOnline } from '@/lib/online';
import { supabase } from '@/lib/supabase';
import { emailSchema } from './credentials';

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'validation.passwordRequired') });
export type SignInInput = z.infer<typeof signInSchema>;

export async function signIn(input: SignInInput) {
  assertOnline();
  const { data, error } = await supabase.auth.signInWithPassword(input);
  if (error) throw error;
  return data.session;
}

export function useSignIn({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    // Not paused while offline: the person is told at once instead.
    networkMode: 'always',
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.setQueryData(['auth', 'session'], session);
      onSuccess();
    },
  });
}
