/**
 * Fails at once when the browser knows it is offline, instead of leaving a request waiting on a
 * connection that is not there (coordinators on slow or dropped connections).
 */
export function assertOnline() {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new TypeError('offline');
}

// What browsers and supabase-js say when a request or a module never reached the server.
const networkFailure = /failed to fetch|networkerror|network request failed|load failed|dynamically imported module|importing a module script failed|^offline$/i;

/** Whether an error means the network was not there, rather than that something is wrong. */
export function isConnectionError(error: unknown) {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  const message = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : '';
  return networkFailure.test(message);
}
