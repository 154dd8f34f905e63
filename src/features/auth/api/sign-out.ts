import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { drafts } from '@/lib/drafts';
import { assertOnline } from '@/lib/online';
import { supabase } from '@/lib/supabase';

/** Ends this device's session, or (global) every session of the account, this one included. */
export async function signOut(scope: 'local' | 'global') {
  // Only the server can end the other devices' sessions: without it, nothing would have happened.
  if (scope === 'global') assertOnline();
  const { error } = await supabase.auth.signOut({ scope });
  if (error) throw error;
  // Drafts may hold a partnership's unsaved work: the next person on this device does not see them.
  drafts.clearAll();
}

/** What this tab knew of the person who signed out goes with them. */
function forgetSignedOut(queryClient: QueryClient) {
  queryClient.removeQueries();
  queryClient.setQueryData(['auth', 'session'], null);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    // Not paused while offline: the person is told at once instead.
    networkMode: 'always',
    mutationFn: () => signOut('local'),
    onSettled: () => forgetSignedOut(queryClient),
  });
}

/** Signing out on every device: refused while offline, and then still signed in here too. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: () => signOut('global'),
    onSuccess: () => forgetSignedOut(queryClient),
  });
}
