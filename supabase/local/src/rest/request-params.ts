/**
 * Reads a request's query string the way PostgREST does: `select`, `columns`, `on_conflict`,
 * root and embedded `order`/`limit`/`offset`, logic trees and column filters (embedded ones
 * prefixed with the embed's name), leaving function arguments aside for GET /rpc.
 */
import { grammarError, parseField, parseFilterValue, parseLogic, parseOrder, parseSelect, splitTopLevel, unquote, type SelectItem } from './query-grammar.ts';
import { levelFor, type Level } from './sql-context.ts';

export interface RequestParams {
  select: SelectItem[];
  levels: Map<string, Level>;
  columns?: string[];
  onConflict?: string[];
  /** Query parameters that name a function argument (GET /rpc). */
  args: Record<string, string>;
}

function parseCount(name: string, value: string) {
  if (!/^\d+$/.test(value)) throw grammarError(`"failed to parse ${name} parameter (${value})"`, 'expecting a non-negative integer');
  return Number(value);
}

export function readRequestParams(search: URLSearchParams, argumentNames: Set<string> = new Set()): RequestParams {
  const levels = new Map<string, Level>();
  const params: RequestParams = { select: parseSelect(search.get('select')), levels, args: {} };
  for (const [key, value] of search) {
    if (key === 'select') continue;
    if (key === 'columns') {
      params.columns = splitTopLevel(value).map((column) => unquote(column.trim()));
      continue;
    }
    if (key === 'on_conflict') {
      params.onConflict = splitTopLevel(value).map((column) => unquote(column.trim()));
      continue;
    }
    if (argumentNames.has(key)) {
      params.args[key] = value;
      continue;
    }
    const segments = key.split('.');
    const last = segments[segments.length - 1];
    const negatedLogic = segments.length >= 2 && segments[segments.length - 2] === 'not' && (last === 'or' || last === 'and');
    const pathSegments = segments.slice(0, negatedLogic ? -2 : -1);
    const level = levelFor(levels, pathSegments.join('.'));
    if (last === 'order') level.order.push(...parseOrder(value));
    else if (last === 'limit') level.limit = parseCount('limit', value);
    else if (last === 'offset') level.offset = parseCount('offset', value);
    else if (last === 'or' || last === 'and') level.conditions.push(parseLogic(last, negatedLogic, value));
    else level.conditions.push(parseFilterValue(parseField(last), value));
  }
  return params;
}

/** `Range: 0-9` (items) as limit and offset of the root level. */
export function applyRangeHeader(levels: Map<string, Level>, range: string | undefined) {
  const match = range && /^(?:items=)?(\d+)-(\d*)$/.exec(range.trim());
  if (!match) return;
  const level = levelFor(levels, '');
  const from = Number(match[1]);
  level.offset ??= from;
  if (match[2] !== '') level.limit ??= Number(match[2]) - from + 1;
}
