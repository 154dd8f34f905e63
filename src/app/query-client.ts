import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server state: the provider hands it to the components and the router to its
 * loaders, so that a loader's prefetch is what the page then reads.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Coordinators on slow connections: keep data a while, retry transient failures once.
    queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false },
  },
});
