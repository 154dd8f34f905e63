/** State shared while one request's SQL is built: bind parameters, fresh aliases, per-level modifiers. */
import type { Condition, OrderTerm } from './query-grammar.ts';
import type { SchemaCache } from './schema-cache.ts';

/** Filters, order and paging of the root (path '') or of an embedded resource ('books', 'books.tags'). */
export interface Level {
  conditions: Condition[];
  order: OrderTerm[];
  limit?: number;
  offset?: number;
}

export class SqlContext {
  readonly params: unknown[] = [];
  private aliasCount = 0;

  constructor(
    readonly cache: SchemaCache,
    readonly levels: Map<string, Level>,
  ) {}

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  alias(prefix = 't'): string {
    return `"${prefix}${++this.aliasCount}"`;
  }

  level(path: string): Level {
    return this.levels.get(path) ?? { conditions: [], order: [] };
  }
}

export function levelFor(levels: Map<string, Level>, path: string): Level {
  let level = levels.get(path);
  if (!level) {
    level = { conditions: [], order: [] };
    levels.set(path, level);
  }
  return level;
}
