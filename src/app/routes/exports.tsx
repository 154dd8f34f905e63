import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { sessionQuery } from '@/features/auth/api/session';
import { exportKinds } from '@/features/exports/api/codebooks';
import { exportFileName } from '@/features/exports/api/export-file-name';
import { exportFormats, type ExportFormat } from '@/features/exports/api/export-formats';
import { ExportCard } from '@/features/exports/components/export-card';
import { IatiCard } from '@/features/exports/components/iati-card';
import { programmeChoicesQuery } from '@/features/programme/api/get-programme-choices';
import { programmeSettingsQuery } from '@/features/programme/api/programme-settings';
import { programmeFilterArgs, programmeFiltersSchema, type ProgrammeFilters } from '@/lib/programme-filters';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { ProgrammeFilterBar } from './programme-filters';

/**
 * The filter choices and the programme's settings (for the IATI file), asked for as the navigation
 * begins. The page works without them, as it does while they load: a failure here costs it nothing.
 */
export const exportsLoader = (queryClient: QueryClient) => async () => {
  // Signed out, the app layout sends the visitor to sign in: there is nothing of theirs to export.
  if (!(await queryClient.ensureQueryData(sessionQuery()))) return null;
  await Promise.allSettled([
    queryClient.ensureQueryData(programmeSettingsQuery()),
    queryClient.ensureQueryData(programmeChoicesQuery()),
    queryClient.ensureQueryData(goalsQuery()),
  ]);
  return null;
};

/** Changing the filters or the format stays on the page: nothing of the loader's depends on them. */
export const shouldRevalidate = () => false;

const isExportFormat = (value: string | null): value is ExportFormat => exportFormats.includes(value as ExportFormat);

/**
 * The filters the form shows. A download uses them whether or not they were applied with "Show":
 * what a person sees chosen is what the file holds. Applying (or clearing) them changes the URL,
 * and the form then shows the URL's filters again.
 */
function useShownFilters(searchParams: URLSearchParams) {
  const search = searchParams.toString();
  const [edited, setEdited] = useState<{ search: string; filters: ProgrammeFilters } | null>(null);
  const follow = (event: FormEvent<HTMLDivElement>) => {
    const form = (event.target as HTMLSelectElement).form;
    if (form) setEdited({ search, filters: programmeFiltersSchema.parse(Object.fromEntries(new FormData(form))) });
  };
  const applied = programmeFiltersSchema.parse(Object.fromEntries(searchParams));
  // The form itself shows the applied filters, so that following an edit never redraws the select in use.
  return { applied, shown: edited?.search === search ? edited.filters : applied, follow };
}

/** Exports for everyone signed in, as workbooks or CSV: row-level security decides what they contain. */
export function ExportsRoute() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { applied, shown: filters, follow } = useShownFilters(searchParams);
  const settings = useQuery(programmeSettingsQuery());
  const choices = useQuery(programmeChoicesQuery());
  const requested = searchParams.get('format');
  const format: ExportFormat = isExportFormat(requested) ? requested : 'xlsx';
  const chooseFormat = (name: ExportFormat) => {
    const next = new URLSearchParams(searchParams);
    next.set('format', name);
    setSearchParams(next, { replace: true });
  };
  const args = programmeFilterArgs(filters);
  const partnershipName = choices.data?.partnerships.find((row) => row.partnership_id === filters.partnership)?.name;
  const language = i18n.language;

  return (
    <>
      <PageHeading>{t('exports.title')}</PageHeading>
      <p className="lead">{t('exports.intro')}</p>
      <div onChange={follow}>
        <ProgrammeFilterBar filters={applied} label={t('exports.filters')} kept={{ format }} />
      </div>
      <p className="muted">{t('exports.filtersNote')}</p>
      <fieldset className="format-choice">
        <legend>{t('exports.format')}</legend>
        {exportFormats.map((name) => (
          <label key={name}>
            <input type="radio" name="format" value={name} checked={format === name} onChange={() => chooseFormat(name)} /> {t(`exports.formats.${name}`)}
          </label>
        ))}
        <p className="muted">{t('exports.formatNote')}</p>
      </fieldset>
      {exportKinds.map((kind) => (
        <ExportCard
          key={kind}
          kind={kind}
          args={args}
          format={format}
          fileName={exportFileName(kind, filters, { language, format, partnershipName })}
        />
      ))}
      <IatiCard args={args} fileName={exportFileName('iati-activities', filters, { format: 'xml', partnershipName })} settings={settings.data} />
    </>
  );
}
