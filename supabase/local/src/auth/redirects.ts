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

// The characters of host names, as GoTrue allows them in redirects.
const regularHostname = /^[a-z0-9.-]+$/i;

export function redirectAllowed(requested: string, siteUrl: string, allowList: string[]) {
  let target: URL;
  let site: URL;
  try {
    target = new URL(requested);
    site = new URL(siteUrl);
  } catch {
    return false;
  }
  const web = target.protocol === 'http:' || target.protocol === 'https:';
  // The parser reads http://2130706433/ as 127.0.0.1; GoTrue, reading the text, refuses an IP
  // address written as one number.
  if (/^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?\d+(?::\d*)?(?:[/?#]|$)/i.test(requested)) return false;
  // A user name or password before an @ makes the host something else than the text begins with
  // (http://localhost:5173@evil.example goes to evil.example): the app's addresses have none.
  if (target.username || target.password) return false;
  if (web && !target.hostname.startsWith('[') && !regularHostname.test(target.hostname)) return false;
  if (target.hostname === site.hostname && target.protocol === site.protocol && (target.port === site.port || isLocalhost(target.hostname))) return true;
  if (/^\d+$/.test(target.hostname)) return false;
  if (/^[\d.]+$/.test(target.hostname) || target.hostname.startsWith('[')) return isLoopbackAddress(target.hostname);
  // The patterns are matched against the address as the browser will read it, so that the text
  // matched and the place the browser goes are the same; an entry without a path allows the
  // address with or without its trailing slash.
  const parsed = target.href.split('#')[0];
  const written = requested.split('#')[0];
  const candidates = web && target.pathname === '/' && !written.endsWith('/') && !target.search ? [parsed, parsed.slice(0, -1)] : [parsed];
  return allowList.some((pattern) => candidates.some((candidate) => globToRegExp(pattern).test(candidate)));
}
