/** The `Prefer` and `Accept` headers PostgREST understands. */
import { RestError } from './rest-error.ts';
import type { Output } from './statements.ts';

export interface Preferences {
  return: 'minimal' | 'representation' | 'headers-only';
  count?: 'exact' | 'planned' | 'estimated';
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  missingDefault: boolean;
  rollback: boolean;
  strict: boolean;
  maxAffected?: number;
  singleObject: boolean;
  applied: string[];
}

export function readPreferences(header: string | undefined): Preferences {
  const preferences: Preferences = { return: 'minimal', missingDefault: false, rollback: false, strict: false, singleObject: false, applied: [] };
  for (const token of (header ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [name, value] = token.split('=').map((part) => part.trim());
    let applied = true;
    if (name === 'return' && ['minimal', 'representation', 'headers-only'].includes(value)) preferences.return = value as Preferences['return'];
    else if (name === 'count' && ['exact', 'planned', 'estimated'].includes(value)) preferences.count = value as Preferences['count'];
    else if (name === 'resolution' && ['merge-duplicates', 'ignore-duplicates'].includes(value)) preferences.resolution = value as Preferences['resolution'];
    else if (name === 'missing' && value === 'default') preferences.missingDefault = true;
    else if (name === 'tx' && (value === 'rollback' || value === 'commit')) preferences.rollback = value === 'rollback';
    else if (name === 'handling') preferences.strict = value === 'strict';
    else if (name === 'max-affected' && /^\d+$/.test(value)) preferences.maxAffected = Number(value);
    else if (name === 'params' && value === 'single-object') preferences.singleObject = true;
    else applied = false;
    if (applied) preferences.applied.push(`${name}=${value}`);
  }
  return preferences;
}

export interface Negotiated {
  output: Output;
  stripNulls: boolean;
  contentType: string;
}

export function negotiate(accept: string | undefined): Negotiated {
  const json = { output: 'json' as const, stripNulls: false, contentType: 'application/json; charset=utf-8' };
  if (!accept) return json;
  for (const range of accept.split(',')) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const stripNulls = parameters.includes('nulls=stripped');
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return json;
    if (type === 'application/vnd.pgrst.array+json') return { ...json, stripNulls };
    if (type === 'application/vnd.pgrst.object+json' || type === 'application/vnd.pgrst.object') {
      return { output: 'single', stripNulls, contentType: 'application/vnd.pgrst.object+json; charset=utf-8' };
    }
    if (type === 'text/csv') return { output: 'csv', stripNulls: false, contentType: 'text/csv; charset=utf-8' };
  }
  throw new RestError(406, 'PGRST107', `None of these media types are available: ${accept}`);
}
