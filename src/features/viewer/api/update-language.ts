import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rememberLanguage, type Language } from '@/lib/i18n';
import { supabase } from '@/lib/supabase';

/** Switches the interface language, and remembers it in the profile when someone is signed in. */
export async function updateLanguage({ language, userId }: { language: Language; userId?: string }) {
  await rememberLanguage(language);
  if (!userId) return;
  const { error } = await supabase.from('profiles').update({ preferred_language: language }).eq('id', userId);
  if (error) throw error;
}

export function useUpdateLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLanguage,
    onSuccess: (_, { userId }) => (userId ? queryClient.invalidateQueries({ queryKey: ['viewer', userId] }) : undefined),
  });
}
