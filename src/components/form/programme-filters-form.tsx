import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { FilterActions, FilterSelect } from '@/components/form/filter-select';
import { useCountryName } from '@/lib/country-name';
import { principles, regions, type ProgrammeFilters } from '@/lib/programme-filters';

const firstYear = 2015;

export interface ProgrammeFilterChoices {
  partnerships: { partnership_id: string; name: string }[];
  countries: string[];
  goals: { id: number; short_title_en: string; short_title_sv: string }[];
}

interface ProgrammeFiltersFormProps {
  filters: ProgrammeFilters;
  choices: ProgrammeFilterChoices;
  label: string;
  /** Other settings of the page's URL that applying the filters keeps (the exports' file format). */
  kept?: Record<string, string>;
}

/** The filters shared by the dashboards and the exports, submitted into the URL. */
export function ProgrammeFiltersForm({ filters, choices, label, kept = {} }: ProgrammeFiltersFormProps) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const years = Array.from({ length: new Date().getFullYear() - firstYear + 1 }, (_, index) => String(firstYear + index)).map((year) => [year, year] as const);
  return (
    <Form method="get" className="filters" aria-label={label}>
      {Object.entries(kept).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FilterSelect name="from" label={t('dashboards.from')} value={filters.from} options={years} allowAny={false} />
      <FilterSelect name="to" label={t('dashboards.to')} value={filters.to} options={years} allowAny={false} />
      <FilterSelect name="region" label={t('dashboards.region')} value={filters.region} options={regions.map((region) => [region, t(`dashboards.regions.${region}`)] as const)} />
      <FilterSelect name="country" label={t('dashboards.country')} value={filters.country} options={choices.countries.map((code) => [code, countryName(code)] as const)} />
      <FilterSelect name="partnership" label={t('dashboards.partnership')} value={filters.partnership} options={choices.partnerships.map((row) => [row.partnership_id, row.name] as const)} />
      <FilterSelect
        name="goal"
        label={t('activities.goal')}
        value={filters.goal}
        options={choices.goals.map((goal) => [String(goal.id), `${goal.id}. ${i18n.language === 'sv' ? goal.short_title_sv : goal.short_title_en}`] as const)}
      />
      <FilterSelect name="principle" label={t('activities.principle')} value={filters.principle} options={principles.map((principle) => [principle, t(`activities.principles.${principle}`)] as const)} />
      <FilterActions />
    </Form>
  );
}
