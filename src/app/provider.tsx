import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { supabase } from '@/lib/supabase';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Coordinators on slow connections: keep data a while, retry transient failures once.
      queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  // The session lives in supabase-js (refreshed, shared across tabs); the query cache follows it.
  useEffect(() => {
    const { data } = supabase.auth.onAuthStateChange((event, session) => {
      if (event === 'SIGNED_OUT') queryClient.removeQueries({ queryKey: ['viewer'] });
      queryClient.setQueryData(['auth', 'session'], session);
    });
    return () => data.subscription.unsubscribe();
  }, [queryClient]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
