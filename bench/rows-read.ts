/**
 * The rows a dashboard call reads: tuples returned by sequential scans plus index entries returned
 * by index scans, over all tables, from the transaction's own statistics counters
 * (pg_stat_get_xact_tuples_returned). Counted in the transaction itself, the figure is exact and
 * owes nothing to other sessions or to how late the server publishes statistics, on PostgreSQL and
 * PGlite alike. The call runs as the API runs it: role authenticated with the viewer's claims.
 */
import type { Database, Sql } from '../supabase/local/index.ts';
import type { DashboardCase } from './dashboard-cases.ts';

export interface RowsRead {
  total: number;
  /** The table most of them came from. */
  mostFrom: string;
}

async function readsByTable(tx: Sql): Promise<Map<string, number>> {
  const rows = await tx.query<{ relation: string; reads: number }>(`
    select coalesce(t.relname, c.relname) as relation, sum(pg_stat_get_xact_tuples_returned(c.oid))::int as reads
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_index i on i.indexrelid = c.oid
    left join pg_class t on t.oid = i.indrelid
    where c.relkind in ('r', 'i') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'
    group by 1`);
  return new Map(rows.map((row) => [row.relation, row.reads]));
}

function statement(call: DashboardCase): string {
  const names = Object.keys(call.args);
  return `select * from public.${call.fn}(${names.map((name, index) => `${name} => $${index + 1}`).join(', ')})`;
}

export function rowsRead(db: Database, call: DashboardCase, userId: string): Promise<RowsRead> {
  return db.transaction(
    async (tx) => {
      const before = await readsByTable(tx);
      await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: userId, role: 'authenticated' }),
      ]);
      await tx.query(statement(call), Object.values(call.args));
      const deltas = [...(await readsByTable(tx))].map(([relation, reads]) => [relation, reads - (before.get(relation) ?? 0)] as const);
      const total = deltas.reduce((sum, [, reads]) => sum + reads, 0);
      const [relation, most] = deltas.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['none', 0] as const);
      return { total, mostFrom: total ? `${relation} ${Math.round((100 * most) / total)}%` : 'none' };
    },
    { readOnly: true },
  );
}
