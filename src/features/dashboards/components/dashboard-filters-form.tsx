import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { FilterActions, FilterSelect } from '@/components/form/filter-select';
import { goalsQuery } from '@/features/sdg/api/get-goals';
import { principles, regions, type DashboardFilters } from '../api/dashboard-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { useCountryName } from '@/lib/country-name';

const firstYear = 2015;

/** The filters of every chart, submitted into the URL. */
export function DashboardFiltersForm({ filters }: { filters: DashboardFilters }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const goals = useQuery(goalsQuery());
  const choices = useQuery(dashboardQueries.partnerships());
  const years = Array.from({ length: new Date().getFullYear() - firstYear + 1 }, (_, index) => String(firstYear + index)).map((year) => [year, year] as const);
  return (
    <Form method="get" className="filters" aria-label={t('dashboards.filters')}>
      <FilterSelect name="from" label={t('dashboards.from')} value={filters.from} options={years} allowAny={false} />
      <FilterSelect name="to" label={t('dashboards.to')} value={filters.to} options={years} allowAny={false} />
      <FilterSelect name="region" label={t('dashboards.region')} value={filters.region} options={regions.map((region) => [region, t(`dashboards.regions.${region}`)] as const)} />
      <FilterSelect name="country" label={t('dashboards.country')} value={filters.country} options={(choices.data?.countries ?? []).map((code) => [code, countryName(code)] as const)} />
      <FilterSelect name="partnership" label={t('dashboards.partnership')} value={filters.partnership} options={(choices.data?.partnerships ?? []).map((row) => [row.partnership_id, row.name] as const)} />
      <FilterSelect
        name="goal"
        label={t('activities.goal')}
        value={filters.goal}
        options={(goals.data ?? []).map((goal) => [String(goal.id), `${goal.id}. ${i18n.language === 'sv' ? goal.short_title_sv : goal.short_title_en}`] as const)}
      />
      <FilterSelect name="principle" label={t('activities.principle')} value={filters.principle} options={principles.map((principle) => [principle, t(`activities.principles.${principle}`)] as const)} />
      <FilterActions />
    </Form>
  );
}
