import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { organisationQueries } from '@/features/administration/api/organisations';
import { useCountryName } from '@/lib/country-name';
import { AdminOnly } from './admin-only';

export function OrganisationsRoute() {
  return (
    <AdminOnly>
      <OrganisationsPage />
    </AdminOnly>
  );
}

function OrganisationsPage() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const organisations = useQuery(organisationQueries.list());
  if (organisations.isError) throw organisations.error;
  return (
    <>
      <PageHeading>{t('administration.organisations')}</PageHeading>
      <p>
        <Link to={paths.newOrganisation.href()} className="button button-primary">
          {t('organisations.new')}
        </Link>
      </p>
      {organisations.isPending ? (
        <Loading />
      ) : (
        <TableFrame caption={t('administration.organisations')} columns={[t('organisations.name'), t('organisations.kind'), t('organisations.country'), t('organisations.code'), t('administration.partnerships')]}>
          {organisations.data.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                <Link to={paths.organisation.href(organisation.id)}>{organisation.name}</Link>
              </th>
              <td>{t(`organisations.kinds.${organisation.kind}`)}</td>
              <td>{countryName(organisation.country_code)}</td>
              <td>{organisation.municipality_code ?? '—'}</td>
              <td>{organisation.partnerships}</td>
            </tr>
          ))}
        </TableFrame>
      )}
    </>
  );
}
