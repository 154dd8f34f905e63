import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { adminPartnershipQueries } from '@/features/administration/api/partnerships';
import { PartnershipForm } from '@/features/administration/components/partnership-form';
import { AdminOnly } from './admin-only';

/** A new partnership, or one to edit or close (by its id in the URL). */
export function AdminPartnershipRoute() {
  return (
    <AdminOnly>
      <PartnershipPage />
    </AdminOnly>
  );
}

function PartnershipPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partnershipId } = useParams();
  const partnership = useQuery({ ...adminPartnershipQueries.detail(partnershipId ?? ''), enabled: Boolean(partnershipId) });
  if (partnershipId && partnership.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (partnershipId && !partnership.data) return <NotFound />;
  return (
    <>
      <PageHeading>{partnership.data ? t('partnerships.editNamed', { name: partnership.data.name }) : t('partnerships.new')}</PageHeading>
      <p>
        <Link to={paths.adminPartnerships.href()}>{t('partnerships.back')}</Link>
      </p>
      <PartnershipForm key={partnership.data?.id ?? 'new'} partnership={partnership.data ?? undefined} onSaved={(id) => navigate(paths.partnershipMembers.href(id))} />
    </>
  );
}
