import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { ChartLegend, paleBar } from '@/components/chart/chart-legend';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { overviewQueries } from '../api/get-overview';

/**
 * Activities per goal in a year as bars in the goals' colours, direct solid and indirect pale and outlined. The
 * table of the same figures sits beside it, so the chart never carries information alone.
 */
// The legend's swatches stand for every goal's colour, so they are neutral.
const neutral = '#4D4D4D';

export function GoalCountsChart({ partnershipId, year }: { partnershipId: string; year: number }) {
  const { t } = useTranslation();
  const goals = useQuery(goalsQuery());
  const counts = useQuery(overviewQueries.goalCounts(partnershipId, year));
  if (!counts.data || !goals.data || counts.data.length === 0) return null;
  const colourOf = (goalId: number) => goals.data.find((goal) => goal.id === goalId)?.colour ?? '#666666';
  const data = counts.data.map((row) => ({ goal: t('partnership.goalShort', { number: row.goal_id }), goalId: row.goal_id, direct: row.activities_direct, indirect: row.activities_indirect }));
  const summary = data.map((row) => t('reports.chartGoal', { goal: row.goal, direct: row.direct, indirect: row.indirect })).join('; ');
  return (
    <figure className="chart">
      <figcaption>{t('reports.chartCaption', { year, summary })}</figcaption>
      <BarChart width={640} height={260} data={data} role="img" aria-label={t('reports.chartLabel', { year })}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="goal" />
        <YAxis allowDecimals={false} />
        <Bar dataKey="direct" name={t('targetLinks.direct')} stackId="activities" isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.goalId} fill={colourOf(row.goalId)} />
          ))}
        </Bar>
        <Bar dataKey="indirect" name={t('targetLinks.indirect')} stackId="activities" isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.goalId} fill={colourOf(row.goalId)} {...paleBar(colourOf(row.goalId))} />
          ))}
        </Bar>
      </BarChart>
      <ChartLegend
        entries={[
          { name: t('targetLinks.direct'), colour: neutral },
          { name: t('targetLinks.indirect'), colour: neutral, pale: true },
        ]}
      />
    </figure>
  );
}
