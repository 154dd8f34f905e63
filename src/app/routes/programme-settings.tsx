import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { programmeSettingsQuery } from '@/features/programme/api/programme-settings';
import { OrganisationIdentifiers } from '@/features/programme/components/organisation-identifiers';
import { ReportingCalendar } from '@/features/programme/components/reporting-calendar';
import { ProgrammeSettingsForm } from '@/features/programme/components/programme-settings-form';
import type { Viewer } from '@/features/viewer/api/get-viewer';

/** Admins only (the database refuses others' changes; the page is not found for them). */
export function ProgrammeSettingsRoute() {
  const viewer = useOutletContext<Viewer>();
  if (viewer.staffRole !== 'admin') return <NotFound />;
  return <ProgrammeSettingsPage />;
}

function ProgrammeSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(programmeSettingsQuery());
  if (settings.isError) throw settings.error;
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <p className="lead">{t('settings.intro')}</p>
      <h2>{t('settings.reportingTitle')}</h2>
      {settings.isPending ? <Loading /> : <ProgrammeSettingsForm settings={settings.data} />}
      <h2>{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      <ReportingCalendar />
      <h2>{t('settings.organisationsTitle')}</h2>
      <p>{t('settings.organisationsIntro')}</p>
      <OrganisationIdentifiers />
    </>
  );
}
