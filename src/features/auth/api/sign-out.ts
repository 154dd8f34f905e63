import { useMutation, useQueryClient } from '@tanstack/react-query';
import { drafts } from '@/lib/drafts';
import { supabase } from '@/lib/supabase';

export async function signOut() {
  const { error } = await supabase.auth.signOut({ scope: 'local' });
  if (error) throw error;
  // Drafts may hold a partnership's unsaved work: the next person on this device does not see them.
  drafts.clearAll();
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    // Not paused while offline: the person is told at once instead.
    networkMode: 'always',
    mutationFn: signOut,
    onSettled: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(['auth', 'session'], null);
    },
  });
}
