/**
 * Which addresses a mailed link may send the browser back to, as GoTrue decides it
 * (IsRedirectURLValid): the site URL's own scheme, host and port (any port on localhost), any
 * loopback IP address, or a match of one of additional_redirect_urls read as a glob with `.` and
 * `/` as separators — `*` stays within one part of the address, `**` crosses parts, `?` is one
 * character, `{a,b}` either. An entry without a wildcard allows that one address only.
 */
const separators = '[^./]';

function globToRegExp(pattern: string) {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '*' && pattern[index + 1] === '*') {
      source += '.*';
      index++;
    } else if (char === '*') source += `${separators}*`;
    else if (char === '?') source += separators;
    else if (char === '{') {
      const close = pattern.indexOf('}', index);
      if (close < 0) source += '\\{';
      else {
        source += `(?:${pattern.slice(index + 1, close).split(',').map(escape).join('|')})`;
        index = close;
      }
    } else source += escape(char);
  }
  return new RegExp(`^${source}$`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const isLocalhost = (hostname: string) => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
const isLoopbackAddress = (hostname: string) => /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';

export function redirectAllowed(requested: string, siteUrl: string, allowList: string[]) {
  let target: URL;
  let site: URL;
  try {
    target = new URL(requested);
    site = new URL(siteUrl);
  } catch {
    return false;
  }
  if (target.hostname === site.hostname && target.protocol === site.protocol && (target.port === site.port || isLocalhost(target.hostname))) return true;
  if (/^\d+$/.test(target.hostname)) return false;
  if (/^[\d.]+$/.test(target.hostname) || target.hostname.startsWith('[')) return isLoopbackAddress(target.hostname);
  const withoutFragment = requested.split('#')[0];
  return allowList.some((pattern) => globToRegExp(pattern).test(withoutFragment));
}
