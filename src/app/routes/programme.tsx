import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { programmeQueries } from '@/features/programme/api/get-programme-counts';
import type { Viewer } from '@/features/viewer/api/get-viewer';
import { useFormat } from '@/lib/format';
import { ProgrammeEntryPoints } from './programme-entry-points';

/** Programme staff only: others get the same answer as for a page that does not exist. */
export function ProgrammeRoute() {
  const viewer = useOutletContext<Viewer>();
  if (!viewer.staffRole) return <NotFound />;
  return <ProgrammeOverview admin={viewer.staffRole === 'admin'} />;
}

function ProgrammeOverview({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = useQuery(programmeQueries.counts());
  return (
    <>
      <PageHeading>{t('programme.title')}</PageHeading>
      <p className="lead">{t('programme.intro')}</p>
      {counts.isPending ? (
        <Loading />
      ) : counts.isError ? (
        <p role="alert">{t('errors.generic')}</p>
      ) : (
        <dl className="figures">
          <div>
            <dt>{t('programme.partnerships')}</dt>
            <dd>{format.number(counts.data.partnerships)}</dd>
          </div>
          <div>
            <dt>{t('programme.activities')}</dt>
            <dd>{format.number(counts.data.activities)}</dd>
          </div>
        </dl>
      )}
      <ProgrammeEntryPoints admin={admin} headingLevel={2} />
    </>
  );
}
