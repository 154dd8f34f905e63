/**
 * Fails at once when the browser knows it is offline, instead of leaving a request waiting on a
 * connection that is not there (coordinators on slow or dropped connections).
 */
export function assertOnline() {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new TypeError('offline');
}
