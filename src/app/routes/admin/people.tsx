import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/layout/page-heading';
import { adminPartnershipQueries } from '@/features/administration/api/partnerships';
import { invitationRoles } from '@/features/administration/api/people';
import { InviteForm } from '@/features/administration/components/invite-form';
import { PeopleTable } from '@/features/administration/components/people-table';
import { PendingInvitations } from '@/features/administration/components/pending-invitations';
import { AdminOnly } from './admin-only';

export function PeopleRoute() {
  return (
    <AdminOnly>
      <PeoplePage />
    </AdminOnly>
  );
}

function PeoplePage() {
  const { t } = useTranslation();
  const partnerships = useQuery(adminPartnershipQueries.list());
  return (
    <>
      <PageHeading>{t('administration.people')}</PageHeading>
      <p className="lead">{t('people.intro')}</p>
      <h2>{t('invitations.title')}</h2>
      <InviteForm roles={invitationRoles} partnerships={partnerships.data ?? []} />
      <PendingInvitations />
      <PeopleTable />
    </>
  );
}
