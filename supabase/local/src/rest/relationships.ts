/**
 * Resolves an embedded resource (`select=*,authors(*)`) to a relationship between two relations,
 * the way PostgREST does from foreign keys: many-to-one, one-to-many (one-to-one when the foreign
 * key is the child's primary key), or many-to-many through a junction table whose primary key
 * holds both foreign keys. A `!hint` picks a foreign key or junction when there are several.
 */
import { RestError } from './rest-error.ts';
import type { ForeignKey, Relation, SchemaCache } from './schema-cache.ts';

export type Relationship =
  | { kind: 'many-to-one' | 'one-to-many' | 'one-to-one'; target: Relation; foreignKey: ForeignKey }
  | { kind: 'many-to-many'; target: Relation; junction: Relation; sourceKey: ForeignKey; targetKey: ForeignKey };

const same = (a: string[], b: string[]) => a.length === b.length && a.every((value) => b.includes(value));

function describe(relationship: Relationship) {
  if (relationship.kind === 'many-to-many') {
    return {
      cardinality: relationship.kind,
      embedding: `${relationship.sourceKey.refTable} with ${relationship.target.name}`,
      relationship: `${relationship.sourceKey.constraint} using ${relationship.junction.name}`,
    };
  }
  const key = relationship.foreignKey;
  return {
    cardinality: relationship.kind,
    embedding: `${key.table} with ${key.refTable}`,
    relationship: `${key.constraint} using ${key.table}(${key.columns.join(', ')}) and ${key.refTable}(${key.refColumns.join(', ')})`,
  };
}

function hintName(relationship: Relationship) {
  return relationship.kind === 'many-to-many' ? relationship.junction.name : relationship.foreignKey.constraint;
}

function matchesHint(relationship: Relationship, hint: string) {
  if (relationship.kind === 'many-to-many') {
    return [relationship.junction.name, relationship.sourceKey.constraint, relationship.targetKey.constraint].includes(hint);
  }
  const key = relationship.foreignKey;
  return key.constraint === hint || same(key.columns, [hint]) || same(key.refColumns, [hint]) || key.table === hint;
}

export function findRelationship(cache: SchemaCache, source: Relation, name: string, hint?: string): Relationship {
  const candidates: Relationship[] = [];
  const isSource = (schema: string, table: string) => schema === source.schema && table === source.name;
  for (const key of cache.foreignKeys) {
    if (isSource(key.schema, key.table)) {
      const target = cache.relation(key.refSchema, key.refTable);
      // An embed may name the target table or the foreign key column (`author_id(*)`).
      if (target && (key.refTable === name || same(key.columns, [name]))) {
        candidates.push({ kind: 'many-to-one', target, foreignKey: key });
      }
    }
    if (isSource(key.refSchema, key.refTable) && key.table === name) {
      const target = cache.relation(key.schema, key.table);
      if (target) {
        const oneToOne = target.primaryKey.length > 0 && same(target.primaryKey, key.columns);
        candidates.push({ kind: oneToOne ? 'one-to-one' : 'one-to-many', target, foreignKey: key });
      }
    }
  }
  for (const sourceKey of cache.foreignKeys) {
    if (!isSource(sourceKey.refSchema, sourceKey.refTable)) continue;
    const junction = cache.relation(sourceKey.schema, sourceKey.table);
    if (!junction) continue;
    for (const targetKey of cache.foreignKeys) {
      if (targetKey === sourceKey || targetKey.schema !== junction.schema || targetKey.table !== junction.name) continue;
      if (targetKey.refTable !== name) continue;
      const target = cache.relation(targetKey.refSchema, targetKey.refTable);
      const keyed = (columns: string[]) => columns.every((column) => junction.primaryKey.includes(column));
      if (target && keyed(sourceKey.columns) && keyed(targetKey.columns)) {
        candidates.push({ kind: 'many-to-many', target, junction, sourceKey, targetKey });
      }
    }
  }
  const chosen = hint ? candidates.filter((candidate) => matchesHint(candidate, hint)) : candidates;
  if (chosen.length === 1) return chosen[0];
  if (chosen.length === 0) {
    throw new RestError(
      400,
      'PGRST200',
      `Could not find a relationship between '${source.name}' and '${name}' in the schema cache`,
      hint ? `Searched for a foreign key relationship between '${source.name}' and '${name}' using the hint '${hint}' in the schema '${source.schema}', but no matches were found.` : `Searched for a foreign key relationship between '${source.name}' and '${name}' in the schema '${source.schema}', but no matches were found.`,
      null,
    );
  }
  throw new RestError(
    300,
    'PGRST201',
    `Could not embed because more than one relationship was found for '${source.name}' and '${name}'`,
    chosen.map(describe),
    `Try changing '${name}' to one of the following: ${chosen.map((candidate) => `'${name}!${hintName(candidate)}'`).join(', ')}. Find the desired relationship in the 'details' key.`,
  );
}

/** SQL that joins the embedded relation (alias `child`) to its parent row (alias `parent`). */
export function joinCondition(relationship: Relationship, parent: string, child: string, junctionAlias: string): string {
  const pairs = (left: string, leftColumns: string[], right: string, rightColumns: string[]) =>
    leftColumns.map((column, index) => `${left}.${quoteIdent(column)} = ${right}.${quoteIdent(rightColumns[index])}`);
  switch (relationship.kind) {
    case 'many-to-one':
      return pairs(child, relationship.foreignKey.refColumns, parent, relationship.foreignKey.columns).join(' and ');
    case 'one-to-many':
    case 'one-to-one':
      return pairs(child, relationship.foreignKey.columns, parent, relationship.foreignKey.refColumns).join(' and ');
    case 'many-to-many':
      return [
        ...pairs(junctionAlias, relationship.sourceKey.columns, parent, relationship.sourceKey.refColumns),
        ...pairs(junctionAlias, relationship.targetKey.columns, child, relationship.targetKey.refColumns),
      ].join(' and ');
  }
}

export function quoteIdent(name: string) {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteLiteral(value: string) {
  return `'${value.replace(/'/g, "''")}'`;
}
