import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { HeadlineFigures } from './headline-figures';
import { ReportStatusPanel } from './report-status-panel';

const filters = programmeFiltersSchema.parse({ from: '2025', to: '2025' });
const args = programmeFilterArgs(filters);
const status = (draft: number, approved: number) => [{ country_code: null, not_started: 0, draft, submitted: 0, returned: 0, approved }];
const headline = (due: number, approved: number) => [{ partnerships: 1, countries: 1, activities: 4, people_reached: 30, reports_due: due, reports_approved: approved }];

function renderWith(language: 'en' | 'sv', [draft, approved]: [number, number]) {
  return renderWithProviders(
    <>
      <HeadlineFigures filters={filters} />
      <ReportStatusPanel filters={filters} />
    </>,
    {
      language,
      queryData: [
        [dashboardQueries.chart('dashboard_report_status', args).queryKey, status(draft, approved)],
        [dashboardQueries.chart('dashboard_headline', args).queryKey, headline(draft + approved, approved)],
      ],
    },
  );
}

describe('the report sentences', () => {
  it('count drafts, and say one report in the singular', async () => {
    await renderWith('en', [1, 0]);
    expect(screen.getByText('1 report is due for 2025: 0 approved, 0 submitted, 0 returned, 1 in draft and 0 not started.')).toBeInTheDocument();
    expect(screen.getByText('0 of the 1 yearly report due in these years is approved.')).toBeInTheDocument();
  });

  it('say several reports in the plural', async () => {
    await renderWith('en', [2, 1]);
    expect(screen.getByText('3 reports are due for 2025: 1 approved, 0 submitted, 0 returned, 2 in draft and 0 not started.')).toBeInTheDocument();
    expect(screen.getByText('1 of the 3 yearly reports due in these years are approved.')).toBeInTheDocument();
  });

  it('in Swedish too', async () => {
    await renderWith('sv', [1, 0]);
    expect(screen.getByText('1 rapport ska skickas in för 2025: godkända 0, inskickade 0, återsända 0, utkast 1 och inte påbörjade 0.')).toBeInTheDocument();
    expect(screen.getByText('0 av 1 årsrapport för de här åren är godkänd.')).toBeInTheDocument();
  });
});
