import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { PartnershipTabs } from './partnership-tabs';

export function ReportsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { partnership, reports, years } = usePartnershipContext();
  const partnershipId = partnership.id;
  return (
    <>
      <PageHeading>{t('reports.title')}</PageHeading>
      <PartnershipTabs partnershipId={partnershipId} name={partnership.name} />
      <p className="lead">{t('reports.intro', { partnership: partnership.name })}</p>
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
              const report = reports.find((candidate) => candidate.year === year);
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
