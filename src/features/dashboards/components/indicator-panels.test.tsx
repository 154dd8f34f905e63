import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { renderWithProviders } from '@/testing/render';
import { dashboardQueries } from '../api/get-dashboard';
import { IndicatorProgressPanel, IndicatorSummaryPanel } from './indicator-panels';

const filters = programmeFiltersSchema.parse({ from: '2023', to: '2025', indicator: '5.5.1' });
const progress = [
  {
    indicator_id: 'indicator-1', result_id: 'result-1', partnership_id: 'partnership-1', partnership_name: 'Robertsfors – Machakos', title: 'Women on county committees',
    unit: '%', measure: 'percentage', aggregation: 'latest', higher_is_better: true, baseline: 21, achieved: 31, through_year: 2025, target: 33, share: 0.8333,
  },
];
const summary = [{ sdg_indicator_id: '5.5.1', indicators: 1, with_progress: 1, reached: 0, median_share: 0.8333 }];

describe('indicator panels', () => {
  it('say which years they count, as the report and the indicator page say theirs', async () => {
    await renderWithProviders(
      <>
        <IndicatorSummaryPanel filters={filters} />
        <IndicatorProgressPanel filters={filters} sdgIndicatorId="5.5.1" />
      </>,
      {
        queryData: [
          [dashboardQueries.chart('dashboard_indicator_summary', programmeFilterArgs(filters)).queryKey, summary],
          [dashboardQueries.indicatorProgress('5.5.1', programmeFilterArgs(filters)).queryKey, progress],
        ],
      },
    );
    for (const name of ['Indicator progress by SDG indicator', 'Progress on SDG indicator 5.5.1']) {
      expect(within(screen.getByRole('region', { name })).getByText(/^Counted over 2023–2025: the values of those years, up to the last one with an actual value\./)).toBeInTheDocument();
    }
    const oneYear = programmeFiltersSchema.parse({ from: '2025', to: '2025' });
    await renderWithProviders(<IndicatorSummaryPanel filters={oneYear} />, { queryData: [[dashboardQueries.chart('dashboard_indicator_summary', programmeFilterArgs(oneYear)).queryKey, summary]], language: 'sv' });
    expect(screen.getByText(/^Räknat över 2025: värdena för de åren/)).toBeInTheDocument();
  });
});
