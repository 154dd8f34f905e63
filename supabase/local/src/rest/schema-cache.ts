/**
 * What PostgREST's schema cache knows, read from the database's own catalog: the exposed
 * schemas' tables and views with their columns, the foreign keys that make embedding possible,
 * and the functions callable through /rpc.
 */
import type { Sql } from '../db/database.ts';

export interface Column {
  name: string;
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  generated: boolean;
}

export interface Relation {
  schema: string;
  name: string;
  kind: 'table' | 'view';
  columns: Map<string, Column>;
  primaryKey: string[];
}

export interface ForeignKey {
  constraint: string;
  schema: string;
  table: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
}

export interface FunctionArgument {
  name: string;
  type: string;
  hasDefault: boolean;
  variadic: boolean;
}

export interface RoutineInfo {
  schema: string;
  name: string;
  args: FunctionArgument[];
  returnType: string;
  returnsSet: boolean;
  /** The return type's relation when it returns rows of a table or view. */
  returnsRelation?: string;
  /** Returns rows (setof, table(...), or a composite type) rather than one scalar. */
  returnsComposite: boolean;
  returnsVoid: boolean;
  volatility: 'i' | 's' | 'v';
}

export class SchemaCache {
  relations = new Map<string, Relation>();
  foreignKeys: ForeignKey[] = [];
  routines = new Map<string, RoutineInfo[]>();

  constructor(readonly schemas: string[]) {}

  static key(schema: string, name: string) {
    return `${schema}.${name}`;
  }

  relation(schema: string, name: string) {
    return this.relations.get(SchemaCache.key(schema, name));
  }

  routineOverloads(schema: string, name: string) {
    return this.routines.get(SchemaCache.key(schema, name)) ?? [];
  }

  async load(sql: Sql) {
    const schemas = this.schemas;
    const columns = await sql.query<{
      schema: string;
      relation: string;
      kind: string;
      column: string;
      type: string;
      nullable: boolean;
      has_default: boolean;
      generated: boolean;
    }>(
      `select n.nspname as schema, c.relname as relation, c.relkind::text as kind, a.attname as column,
              format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as nullable,
              (a.atthasdef or a.attidentity <> '') as has_default, a.attgenerated <> '' as generated
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = any($1) and c.relkind in ('r', 'v', 'm', 'f', 'p')
        order by n.nspname, c.relname, a.attnum`,
      [schemas],
    );
    const relations = new Map<string, Relation>();
    for (const row of columns) {
      const key = SchemaCache.key(row.schema, row.relation);
      let relation = relations.get(key);
      if (!relation) {
        relation = {
          schema: row.schema,
          name: row.relation,
          kind: ['v', 'm'].includes(row.kind) ? 'view' : 'table',
          columns: new Map(),
          primaryKey: [],
        };
        relations.set(key, relation);
      }
      relation.columns.set(row.column, {
        name: row.column,
        type: row.type,
        nullable: row.nullable,
        hasDefault: row.has_default,
        generated: row.generated,
      });
    }
    const keys = await sql.query<{ schema: string; relation: string; columns: string[] }>(
      `select n.nspname as schema, c.relname as relation,
              array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, position)
                      join pg_attribute a on a.attrelid = c.oid and a.attnum = u.attnum order by u.position) as columns
         from pg_constraint k
         join pg_class c on c.oid = k.conrelid
         join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'p' and n.nspname = any($1)`,
      [schemas],
    );
    for (const row of keys) {
      const relation = relations.get(SchemaCache.key(row.schema, row.relation));
      if (relation) relation.primaryKey = row.columns;
    }
    this.foreignKeys = await sql.query<ForeignKey & Record<string, unknown>>(
      `select k.conname as constraint, n.nspname as schema, c.relname as table,
              array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, position)
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.position) as columns,
              rn.nspname as "refSchema", rc.relname as "refTable",
              array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, position)
                      join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.position) as "refColumns"
         from pg_constraint k
         join pg_class c on c.oid = k.conrelid
         join pg_namespace n on n.oid = c.relnamespace
         join pg_class rc on rc.oid = k.confrelid
         join pg_namespace rn on rn.oid = rc.relnamespace
        where k.contype = 'f' and n.nspname = any($1) and rn.nspname = any($1)
        order by k.conname`,
      [schemas],
    );
    const routines = await sql.query<{
      schema: string;
      name: string;
      arg_names: string[] | null;
      arg_types: string[] | null;
      arg_modes: string[] | null;
      default_count: number;
      return_type: string;
      returns_set: boolean;
      returns_relation: string | null;
      returns_composite: boolean;
      volatility: 'i' | 's' | 'v';
    }>(
      `select n.nspname as schema, p.proname as name, p.proargnames as arg_names,
              array(select format_type(t, null) from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) t) as arg_types,
              p.proargmodes::text[] as arg_modes, p.pronargdefaults::int as default_count,
              format_type(p.prorettype, null) as return_type, p.proretset as returns_set,
              rc.relname as returns_relation,
              (t.typtype = 'c' or (t.typtype = 'p' and t.typname = 'record')) as returns_composite,
              p.provolatile::text as volatility
         from pg_proc p
         join pg_namespace n on n.oid = p.pronamespace
         join pg_type t on t.oid = p.prorettype
         left join pg_class rc on rc.oid = t.typrelid and rc.relkind in ('r', 'v', 'm', 'f', 'p')
        where n.nspname = any($1) and p.prokind = 'f'`,
      [schemas],
    );
    const routinesByName = new Map<string, RoutineInfo[]>();
    for (const row of routines) {
      const types = row.arg_types ?? [];
      const modes = row.arg_modes ?? types.map(() => 'i');
      const inputs = types
        .map((type, index) => ({ type, mode: modes[index], name: row.arg_names?.[index] ?? '' }))
        .filter((arg) => arg.mode === 'i' || arg.mode === 'b' || arg.mode === 'v');
      const args = inputs.map((arg, index) => ({
        name: arg.name,
        type: arg.type,
        hasDefault: index >= inputs.length - row.default_count,
        variadic: arg.mode === 'v',
      }));
      const key = SchemaCache.key(row.schema, row.name);
      const list = routinesByName.get(key) ?? [];
      list.push({
        schema: row.schema,
        name: row.name,
        args,
        returnType: row.return_type,
        returnsSet: row.returns_set,
        returnsRelation: row.returns_relation ?? undefined,
        returnsComposite: row.returns_composite,
        returnsVoid: row.return_type === 'void',
        volatility: row.volatility,
      });
      routinesByName.set(key, list);
    }
    this.relations = relations;
    this.routines = routinesByName;
  }
}
