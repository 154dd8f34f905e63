import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { queryClient } from '@/app/query-client';
import { i18n } from '@/lib/i18n';
import { supabase } from '@/lib/supabase';

export function AppProvider({ children }: { children: ReactNode }) {
  // The session lives in supabase-js (refreshed, shared across tabs); the query cache follows it.
  useEffect(() => {
    const { data } = supabase.auth.onAuthStateChange((event, session) => {
      if (event === 'SIGNED_OUT') queryClient.removeQueries({ queryKey: ['viewer'] });
      queryClient.setQueryData(['auth', 'session'], session);
    });
    return () => data.subscription.unsubscribe();
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
