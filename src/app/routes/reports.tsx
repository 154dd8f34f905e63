import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';
import { reportQueries } from '@/features/reports/api/get-reports';
import { useFormat } from '@/lib/format';
import { PartnershipTabs } from './partnership-tabs';

export function ReportsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { partnershipId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  const reports = useQuery(reportQueries.byPartnership(partnershipId));
  if (partnership.isPending || reports.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (reports.isError) throw reports.error;
  if (!partnership.data) return <NotFound />;
  const lastYear = partnership.data.ends_year ?? new Date().getFullYear();
  const years = Array.from({ length: Math.max(0, lastYear - partnership.data.starts_year + 1) }, (_, index) => lastYear - index);
  return (
    <>
      <PageHeading>{t('reports.title')}</PageHeading>
      <PartnershipTabs partnershipId={partnershipId} name={partnership.data.name} />
      <p className="lead">{t('reports.intro', { partnership: partnership.data.name })}</p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('reports.year')}</th>
              <th scope="col">{t('reports.state')}</th>
              <th scope="col">{t('reports.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const report = reports.data.find((candidate) => candidate.year === year);
              return (
                <tr key={year}>
                  <th scope="row">
                    <Link to={paths.report.href(partnershipId, year)}>{t('reports.reportOf', { year })}</Link>
                  </th>
                  <td>{report ? t(`reportStatus.${report.status}`) : t('reports.notStarted')}</td>
                  <td>{report?.submitted_at ? format.date(report.submitted_at) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
