/**
 * Yearly reports in every state: years long past are nearly all approved, last year's reports are
 * spread over the review, and this year's are drafts or not started (no report row).
 */
import type { ProgrammePlan, Step } from './programme-plan.ts';

export function reportSteps(plan: ProgrammePlan): Step[] {
  const { lastYear } = plan;
  return [
    {
      label: 'reports',
      sql: `insert into public.reports (id, partnership_id, year, status, summary, contribution, submitted_at, reviewed_at, created_at)
      select pg_temp.uuid_for('report', y.key), y.partnership_id, y.year, s.status::public.report_status,
        'What the partnership did in ' || y.year || ', in brief.',
        case when s.status <> 'draft' then 'The activities of the year contribute to the partnership''s focus goals.' else '' end,
        case when s.status <> 'draft' then t.submitted_at end,
        case when s.status in ('returned', 'approved') then t.submitted_at + (7 + floor(pg_temp.draw(y.key, 'report.review days') * 30)::int) * interval '1 day' end,
        make_timestamptz(y.year, 11, 1, 9, 0, 0, 'Europe/Stockholm')
      from gen_years y
      cross join lateral (select pg_temp.draw(y.key, 'report.status') as draw) as d
      cross join lateral (
        select case
          when y.year <= ${lastYear - 2} then case when d.draw < 0.9 then 'approved' when d.draw < 0.92 then 'returned' when d.draw < 0.95 then 'submitted' when d.draw < 0.97 then 'draft' end
          when y.year = ${lastYear - 1} then case when d.draw < 0.35 then 'approved' when d.draw < 0.6 then 'submitted' when d.draw < 0.7 then 'returned' when d.draw < 0.9 then 'draft' end
          else case when d.draw < 0.4 then 'draft' end
        end as status
      ) as s
      cross join lateral (
        select make_timestamptz(y.year + 1, 2, 1, 10, 0, 0, 'Europe/Stockholm') + floor(pg_temp.draw(y.key, 'report.submitted day') * 40)::int * interval '1 day' as submitted_at
      ) as t
      where s.status is not null`,
    },
  ];
}
