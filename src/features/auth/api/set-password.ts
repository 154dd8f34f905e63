import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { i18n } from '@/lib/i18n';
import { assertOnline } from '@/lib/online';
import { supabase } from '@/lib/supabase';
import { newPasswordSchema } from './credentials';

export const setPasswordSchema = newPasswordSchema;
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const acceptInvitationSchema = z.intersection(z.object({ fullName: z.string().trim().min(1, 'validation.nameRequired').max(200) }), newPasswordSchema);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** Sets the password of the user a recovery or invitation link signed in; with a name when accepting an invitation. */
export async function setPassword(input: SetPasswordInput & { fullName?: string }) {
  assertOnline();
  const { data, error } = await supabase.auth.updateUser({
    password: input.password,
    ...(input.fullName ? { data: { full_name: input.fullName } } : {}),
  });
  if (error) throw error;
  if (input.fullName) {
    // A new member starts in the language they accepted the invitation in.
    const { error: profileError } = await supabase
      .from('profiles')
      .update({ full_name: input.fullName, preferred_language: i18n.language === 'sv' ? 'sv' : 'en' })
      .eq('id', data.user.id);
    if (profileError) throw profileError;
  }
  return data.user;
}

export function useSetPassword({ onSuccess }: { onSuccess: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    // Not paused while offline: the person is told at once instead.
    networkMode: 'always',
    mutationFn: setPassword,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['viewer'] });
      onSuccess();
    },
  });
}
