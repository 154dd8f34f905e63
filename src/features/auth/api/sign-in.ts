import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { emailSchema } from './credentials';

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'validation.passwordRequired') });
export type SignInInput = z.infer<typeof signInSchema>;

export async function signIn(input: SignInInput) {
  const { data, error } = await supabase.auth.signInWithPassword(input);
  if (error) throw error;
  return data.session;
}

export function useSignIn({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.setQueryData(['auth', 'session'], session);
      onSuccess();
    },
  });
}
