import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useOutletContext, useParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { memberRoles } from '@/features/administration/api/people';
import { InviteForm } from '@/features/administration/components/invite-form';
import { MembersList } from '@/features/administration/components/members-list';
import { PendingInvitations } from '@/features/administration/components/pending-invitations';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';
import { roleIn, type Viewer } from '@/features/viewer/api/get-viewer';
import { PartnershipTabs } from './partnership-tabs';

/**
 * Who works in a partnership. Admins invite anyone to it and change roles; its coordinators invite
 * and remove contributors; everyone else only looks (the database enforces the same).
 */
export function PartnershipMembersRoute() {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const viewer = useOutletContext<Viewer>();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  if (partnership.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (!partnership.data) return <NotFound />;
  const admin = viewer.staffRole === 'admin';
  const coordinator = roleIn(viewer, partnershipId) === 'coordinator';
  return (
    <>
      <PageHeading>{t('members.title')}</PageHeading>
      <PartnershipTabs partnershipId={partnershipId} name={partnership.data.name} />
      <p className="lead">{t('members.intro', { partnership: partnership.data.name })}</p>
      {(admin || coordinator) && (
        <>
          <h2>{t('members.inviteTitle')}</h2>
          <InviteForm key={partnershipId} roles={admin ? memberRoles : ['contributor']} partnershipId={partnershipId} />
        </>
      )}
      <MembersList partnershipId={partnershipId} manage={admin ? 'all' : coordinator ? 'contributors' : 'none'} />
      {(admin || coordinator) && <PendingInvitations partnershipId={partnershipId} />}
    </>
  );
}
