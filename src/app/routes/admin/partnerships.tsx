import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { adminPartnershipQueries } from '@/features/administration/api/partnerships';
import { AdminOnly } from './admin-only';
import { type Vocabulary } from '@/lib/vocabularies';

export function AdminPartnershipsRoute() {
  return (
    <AdminOnly>
      <PartnershipsPage />
    </AdminOnly>
  );
}

function PartnershipsPage() {
  const { t } = useTranslation();
  const partnerships = useQuery(adminPartnershipQueries.list());
  if (partnerships.isError) throw partnerships.error;
  const side = (row: (typeof partnerships.data & object)[number], which: Vocabulary<'partnership_side'>) =>
    row.partnership_organisations
      .filter((entry) => entry.side === which)
      .map((entry) => entry.organisation.name)
      .join(', ');
  return (
    <>
      <PageHeading>{t('administration.partnerships')}</PageHeading>
      <p>
        <Link to={paths.newPartnership.href()} className="button button-primary">
          {t('partnerships.new')}
        </Link>
      </p>
      {partnerships.isPending ? (
        <Loading />
      ) : (
        <TableFrame caption={t('administration.partnerships')} columns={[t('partnerships.name'), t('partnerships.swedishSide'), t('partnerships.partnerSide'), t('partnerships.years'), t('partnerships.status'), { hidden: t('invitations.actions') }]}>
          {partnerships.data.map((partnership) => (
            <tr key={partnership.id}>
              <th scope="row">
                <Link to={paths.partnership.href(partnership.id)}>{partnership.name}</Link>
              </th>
              <td>{side(partnership, 'swedish')}</td>
              <td>{side(partnership, 'partner')}</td>
              <td>{`${partnership.starts_year}–${partnership.ends_year ?? ''}`}</td>
              <td>{t(`partnerships.statuses.${partnership.status}`)}</td>
              <td className="row-actions">
                <Link to={paths.editPartnership.href(partnership.id)} aria-label={t('partnerships.editNamed', { name: partnership.name })}>
                  {t('partnerships.editShort')}
                </Link>
                <Link to={paths.partnershipMembers.href(partnership.id)} aria-label={t('partnerships.membersNamed', { name: partnership.name })}>
                  {t('members.title')}
                </Link>
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
    </>
  );
}
