import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { organisationQueries } from '@/features/administration/api/organisations';
import { OrganisationForm } from '@/features/administration/components/organisation-form';
import { AdminOnly } from './admin-only';

/** A new organisation, or one to edit (by its id in the URL). */
export function OrganisationRoute() {
  return (
    <AdminOnly>
      <OrganisationPage />
    </AdminOnly>
  );
}

function OrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisationId } = useParams();
  const organisation = useQuery({ ...organisationQueries.detail(organisationId ?? ''), enabled: Boolean(organisationId) });
  const backToList = () => navigate(paths.organisations.href());
  if (organisationId && organisation.isPending) return <Loading />;
  if (organisation.isError) throw organisation.error;
  if (organisationId && !organisation.data) return <NotFound />;
  return (
    <>
      <PageHeading>{organisation.data ? organisation.data.name : t('organisations.new')}</PageHeading>
      <p>
        <Link to={paths.organisations.href()}>{t('organisations.back')}</Link>
      </p>
      <OrganisationForm key={organisation.data?.id ?? 'new'} organisation={organisation.data ?? undefined} onSaved={backToList} />
    </>
  );
}
