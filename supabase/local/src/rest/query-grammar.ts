/**
 * The PostgREST request grammar that supabase-js emits: the `select` tree, filter expressions
 * (with `not.`, `or=(…)`, `and=(…)`, quoted values) and `order` terms. Parsing only: what the
 * names refer to is resolved against the schema cache when the SQL is built.
 */
import { RestError } from './rest-error.ts';

export interface JsonStep {
  arrow: '->' | '->>';
  key: string;
}

export interface Field {
  column: string;
  json: JsonStep[];
}

export type SelectItem =
  | { kind: 'star' }
  | { kind: 'field'; alias?: string; field: Field; cast?: string }
  | {
      kind: 'embed';
      alias?: string;
      relation: string;
      hint?: string;
      joinType?: 'inner' | 'left';
      spread: boolean;
      select: SelectItem[];
    };

export type Condition =
  | { kind: 'filter'; field: Field; negate: boolean; operator: string; modifier?: string; value: string }
  | { kind: 'logic'; operator: 'and' | 'or'; negate: boolean; conditions: Condition[] };

export interface OrderTerm {
  field: Field;
  direction?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

export const grammarError = (message: string, details: string | null = null) =>
  new RestError(400, 'PGRST100', message, details);

/** Splits on `separator` outside double quotes and parentheses. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      current += char;
      if (char === '\\' && index + 1 < text.length) current += text[++index];
      else if (char === '"') quoted = false;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (quoted || depth !== 0) throw grammarError(`"failed to parse" (${text})`, 'unbalanced quotes or parentheses');
  parts.push(current);
  return parts;
}

/** `"a \"b\""` → `a "b"`; unquoted text as it is. */
export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/\\(.)/g, '$1');
  return text;
}

const identifier = /^(?:"(?:[^"\\]|\\.)+"|[^\s"(),:!.>-]+(?:-(?!>)[^\s"(),:!.>-]*)*)/;

export function parseField(text: string): Field {
  const match = identifier.exec(text);
  if (!match) throw grammarError(`"failed to parse field" (${text})`);
  const field: Field = { column: unquote(match[0]), json: [] };
  let rest = text.slice(match[0].length);
  while (rest) {
    const step = /^(->>?)("(?:[^"\\]|\\.)*"|[^\s"(),:!>-]+(?:-(?!>)[^\s"(),:!>-]*)*)/.exec(rest);
    if (!step) throw grammarError(`"failed to parse field" (${text})`);
    field.json.push({ arrow: step[1] as JsonStep['arrow'], key: unquote(step[2]) });
    rest = rest.slice(step[0].length);
  }
  return field;
}

function stripSpacesOutsideQuotes(text: string) {
  return text.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_, quoted: string | undefined) => quoted ?? '');
}

export function parseSelect(text: string | null | undefined): SelectItem[] {
  if (text === null || text === undefined || text === '') return [{ kind: 'star' }];
  return splitTopLevel(stripSpacesOutsideQuotes(text)).map(parseSelectItem);
}

function parseSelectItem(raw: string): SelectItem {
  if (raw === '*') return { kind: 'star' };
  if (raw === '') throw grammarError('"failed to parse select parameter" (empty item)');
  let rest = raw;
  let alias: string | undefined;
  const aliasMatch = /^("(?:[^"\\]|\\.)+"|[^"(),:!.]+):(?!:)/.exec(rest);
  if (aliasMatch) {
    alias = unquote(aliasMatch[1]);
    rest = rest.slice(aliasMatch[0].length);
  }
  const spread = rest.startsWith('...');
  if (spread) rest = rest.slice(3);
  const open = rest.indexOf('(');
  if (open > 0 && rest.endsWith(')')) {
    const [relation, ...hints] = rest.slice(0, open).split('!');
    let joinType: 'inner' | 'left' | undefined;
    let hint: string | undefined;
    for (const part of hints) {
      if (part === 'inner' || part === 'left') joinType = part;
      else hint = unquote(part);
    }
    const inner = rest.slice(open + 1, -1);
    return { kind: 'embed', alias, relation: unquote(relation), hint, joinType, spread, select: inner === '' ? [] : parseSelect(inner) };
  }
  if (spread) throw grammarError(`"failed to parse select parameter" (${raw})`, 'a spread needs an embedded resource');
  const [fieldText, cast, extra] = rest.split('::');
  if (extra !== undefined || (cast !== undefined && !/^[a-z_][a-z0-9_ ]*(\[\])?$/i.test(cast))) {
    throw grammarError(`"failed to parse select parameter" (${raw})`);
  }
  return { kind: 'field', alias, field: parseField(fieldText), cast };
}

const operators = new Set([
  'eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch', 'is', 'isdistinct', 'in',
  'cs', 'cd', 'ov', 'sl', 'sr', 'nxr', 'nxl', 'adj', 'fts', 'plfts', 'phfts', 'wfts',
]);

/** The right side of a filter: `[not.]op[(modifier)].value`. */
export function parseFilterValue(field: Field, text: string): Condition {
  let rest = text;
  let negate = false;
  if (rest.startsWith('not.')) {
    negate = true;
    rest = rest.slice(4);
  }
  const match = /^([a-z]+)(?:\(([^)]*)\))?\.([\s\S]*)$/.exec(rest);
  if (!match || !operators.has(match[1])) {
    throw grammarError(`"failed to parse filter (${text})" (line 1, column 1)`, `unexpected operator in "${text}"`);
  }
  return { kind: 'filter', field, negate, operator: match[1], modifier: match[2] || undefined, value: match[3] };
}

/** A logic tree from `or=(…)`/`and=(…)` (key) and its value. */
export function parseLogic(operator: 'and' | 'or', negate: boolean, text: string): Condition {
  if (!text.startsWith('(') || !text.endsWith(')')) {
    throw grammarError(`"failed to parse logic tree (${text})" (line 1, column 1)`, 'expecting "("');
  }
  const conditions = splitTopLevel(text.slice(1, -1)).map(parseLogicItem);
  return { kind: 'logic', operator, negate, conditions };
}

function parseLogicItem(text: string): Condition {
  const logic = /^(not\.)?(and|or)(\([\s\S]*\))$/.exec(text);
  if (logic) return parseLogic(logic[2] as 'and' | 'or', Boolean(logic[1]), logic[3]);
  const fieldMatch = /^("(?:[^"\\]|\\.)+"|[^.]+?)(?=\.)/.exec(text);
  if (!fieldMatch) throw grammarError(`"failed to parse logic tree (${text})" (line 1, column 1)`);
  const filter = parseFilterValue(parseField(fieldMatch[1]), text.slice(fieldMatch[0].length + 1));
  // Inside a logic tree a value may be quoted to hold commas or parentheses.
  if (filter.kind === 'filter' && filter.value.startsWith('"')) filter.value = unquote(filter.value);
  return filter;
}

export function parseOrder(text: string): OrderTerm[] {
  return splitTopLevel(text).map((term) => {
    const parts = term.split('.');
    const modifiers: string[] = [];
    while (parts.length > 1 && ['asc', 'desc', 'nullsfirst', 'nullslast'].includes(parts[parts.length - 1])) {
      modifiers.unshift(parts.pop()!);
    }
    const order: OrderTerm = { field: parseField(parts.join('.')) };
    for (const modifier of modifiers) {
      if (modifier === 'asc' || modifier === 'desc') order.direction = modifier;
      else order.nulls = modifier === 'nullsfirst' ? 'first' : 'last';
    }
    return order;
  });
}

/** Values of `in.(a,b,"c,d")` and list modifiers `{a,b}`. */
export function parseList(text: string, open: string, close: string): string[] {
  if (!text.startsWith(open) || !text.endsWith(close)) {
    throw grammarError(`"failed to parse filter (${text})" (line 1, column 1)`, `expecting "${open}"`);
  }
  const inner = text.slice(1, -1);
  return inner === '' ? [] : splitTopLevel(inner).map(unquote);
}
