import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { exportKinds } from '@/features/exports/api/codebooks';
import { ExportCard } from '@/features/exports/components/export-card';
import { IatiCard } from '@/features/exports/components/iati-card';
import { programmeSettingsQuery } from '@/features/programme/api/programme-settings';
import { delimiterFor, type CsvDelimiter } from '@/lib/csv';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { ProgrammeFilterBar } from './programme-filters';

const delimiters: Record<string, CsvDelimiter> = { comma: ',', semicolon: ';' };

/** CSV exports for everyone signed in: row-level security decides what they contain. */
export function ExportsRoute() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = programmeFiltersSchema.parse(Object.fromEntries(searchParams));
  const settings = useQuery(programmeSettingsQuery());
  const delimiter = delimiters[searchParams.get('separator') ?? ''] ?? delimiterFor(i18n.language);
  const chooseDelimiter = (name: string) => {
    const next = new URLSearchParams(searchParams);
    next.set('separator', name);
    setSearchParams(next, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('exports.title')}</PageHeading>
      <p className="lead">{t('exports.intro')}</p>
      <ProgrammeFilterBar filters={filters} label={t('exports.filters')} />
      <fieldset className="separator-choice">
        <legend>{t('exports.separator')}</legend>
        {Object.entries(delimiters).map(([name, value]) => (
          <label key={name}>
            <input type="radio" name="separator" value={name} checked={delimiter === value} onChange={() => chooseDelimiter(name)} /> {t(`exports.separators.${name}`)}
          </label>
        ))}
      </fieldset>
      {exportKinds.map((kind) => (
        <ExportCard key={kind} kind={kind} args={programmeFilterArgs(filters)} delimiter={delimiter} suffix={`${filters.from}-${filters.to}`} />
      ))}
      <IatiCard args={programmeFilterArgs(filters)} suffix={`${filters.from}-${filters.to}`} settings={settings.data} />
    </>
  );
}
