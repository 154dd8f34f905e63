import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { languages, rememberLanguage } from '@/lib/i18n';
import { supabase } from '@/lib/supabase';
import { vocabularies } from '@/lib/vocabularies';

/** The profile form's rules; the database checks the same with its constraints. */
export const profileSchema = z.object({
  full_name: z.string().trim().min(1, 'validation.nameRequired').max(200, 'validation.nameRequired'),
  preferred_language: z.enum(languages),
  digest_frequency: z.enum(vocabularies.digest_frequency),
});
export type ProfileInput = z.input<typeof profileSchema>;

export async function getProfile(userId: string) {
  const { data, error } = await supabase.from('profiles').select('id, full_name, preferred_language, digest_frequency, version, updated_at').eq('id', userId).single();
  if (error) throw error;
  return data;
}
export type Profile = Awaited<ReturnType<typeof getProfile>>;

export const profileQuery = (userId: string) => queryOptions({ queryKey: ['profile', userId], queryFn: () => getProfile(userId) });

/** Saves the profile as of the version the form loaded (a newer one is refused, PT409), and switches to its language. */
export async function saveProfile({ id, values, version }: { id: string; values: z.output<typeof profileSchema>; version: number }) {
  const { data, error } = await supabase.from('profiles').update({ ...values, version }).eq('id', id).select('version').single();
  if (error) throw error;
  await rememberLanguage(values.preferred_language);
  return data;
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProfile,
    onSuccess: () => Promise.all([['profile'], ['viewer']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
