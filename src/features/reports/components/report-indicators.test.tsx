import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { reportQueries, type ReportFacts, type ReportIndicator } from '../api/get-reports';
import { ReportIndicators } from './report-indicators';

const indicator = (overrides: Partial<ReportIndicator>): ReportIndicator => ({
  indicator_id: 'indicator-1',
  result_id: 'result-1',
  result_title: 'More women in county decision-making',
  title: 'Women and men trained in leadership',
  sdg_indicator_id: null,
  measure: 'number',
  unit: 'people',
  aggregation: 'sum',
  disaggregated_by_sex: false,
  values: [],
  total: null,
  progress: { achieved: null, through_year: null, target: null, share: null },
  ...overrides,
});

const facts = (indicators: ReportIndicator[]): ReportFacts => ({ year: 2025, activities: 0, participants: { women: 0, men: 0, other: 0 }, principles: [], stages: [], targets: [], indicators });

const renderIndicators = (indicators: ReportIndicator[], language: 'en' | 'sv' = 'en') =>
  renderWithProviders(<ReportIndicators reportId="report-1" indicatorHref={() => '/elsewhere'} />, { queryData: [[reportQueries.facts('report-1').queryKey, facts(indicators)]], language });

describe('ReportIndicators', () => {
  it('shows the values by sex of a disaggregated indicator, and a total entered only by sex as their sum', async () => {
    await renderIndicators([
      indicator({
        disaggregated_by_sex: true,
        values: [
          { value_id: 'v-total', sex: 'total', target_value: 20, actual_value: null, comment: '' },
          { value_id: 'v-women', sex: 'women', target_value: null, actual_value: 11, comment: '' },
          { value_id: 'v-men', sex: 'men', target_value: null, actual_value: 8, comment: '' },
        ],
        total: { target_value: 20, actual_value: 19, target_from_parts: false, actual_from_parts: true },
        progress: { achieved: 19, through_year: 2025, target: 20, share: 0.95 },
      }),
    ]);
    const table = screen.getByRole('table', { name: 'Values for 2025 by sex' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr');
    expect(row('Total')).toHaveTextContent('20 people19 people (the sum by sex)');
    expect(row('Women')).toHaveTextContent('not given11 people');
    expect(row('Men')).toHaveTextContent('not given8 people');
    expect(screen.getByText(/^19 people of 20 people \(through 2025\)\. That is 95% of the way to the target\.$/)).toBeInTheDocument();
  });

  it('reads an empty value and the partnership\'s note apart, without "— —"', async () => {
    await renderIndicators([
      indicator({
        values: [{ value_id: 'v-total', sex: 'total', target_value: 40, actual_value: null, comment: 'Counted in January.' }],
        total: { target_value: 40, actual_value: null, target_from_parts: false, actual_from_parts: false },
      }),
    ]);
    expect(screen.getByText('2025: target 40 people, actual not given')).toBeInTheDocument();
    expect(screen.getByText('The partnership\'s note')).toBeInTheDocument();
    expect(screen.getByText('Counted in January.')).toBeInTheDocument();
    expect(screen.queryByText(/— —/)).toBeNull();
  });

  it('says a target is exceeded rather than "133 % of the way", and writes percentages as the language does', async () => {
    const exceeded = indicator({ aggregation: 'latest', progress: { achieved: 40, through_year: 2025, target: 30, share: 1.3333 } });
    const share = indicator({ indicator_id: 'indicator-2', measure: 'percentage', unit: '%', aggregation: 'latest', progress: { achieved: 31, through_year: 2025, target: 33, share: 0.3125 } });
    const english = await renderIndicators([exceeded, share]);
    expect(screen.getByText('40 people of 30 people (through 2025). Target exceeded: 133%.')).toBeInTheDocument();
    expect(screen.getByText('31% of 33% (through 2025). That is 31% of the way to the target.')).toBeInTheDocument();
    english.unmount();
    await renderIndicators([exceeded, share], 'sv');
    expect(screen.getByText(/^40 people av 30 people \(till och med 2025\)\. Målet är överträffat: 133\s%\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^31\s% av 33\s% \(till och med 2025\)\. Det är 31\s% av vägen till målet\.$/)).toBeInTheDocument();
  });
});

describe('ReportIndicators by level of change', () => {
  it('groups the indicators under the level at which their results bring change, those of results without one last', async () => {
    await renderIndicators([
      indicator({ indicator_id: 'a', title: 'Councillors trained', result_change_level: 'individual', result_change_side: 'partner' }),
      indicator({ indicator_id: 'b', title: 'Budget hearings held', result_change_level: null }),
      indicator({ indicator_id: 'c', title: 'Gender budgeting adopted', result_change_level: 'societal', result_change_side: 'both' }),
    ]);
    const levels = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(levels).toEqual(['Individual', 'Societal', 'Level of change not given']);
    const societal = screen.getByRole('region', { name: 'Societal' });
    expect(within(societal).getByRole('heading', { level: 4 })).toHaveTextContent('Gender budgeting adopted');
    expect(within(societal).getByText(/More women in county decision-making · Both/)).toBeInTheDocument();
  });
});
