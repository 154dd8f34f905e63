import { useTranslation } from 'react-i18next';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { PageHeading } from '@/components/layout/page-heading';
import { memberRoles } from '@/features/administration/api/people';
import { InviteForm } from '@/features/administration/components/invite-form';
import { MembersList } from '@/features/administration/components/members-list';
import { PendingInvitations } from '@/features/administration/components/pending-invitations';
import { sideNamesOf } from '@/lib/sides';
import { PartnershipTabs } from './partnership-tabs';

/**
 * Who works in a partnership. Admins invite anyone to it and change roles; its coordinators invite
 * and remove contributors; everyone else only looks (the database enforces the same).
 */
export function PartnershipMembersRoute() {
  const { t } = useTranslation();
  const { viewer, partnership, role } = usePartnershipContext();
  const partnershipId = partnership.id;
  const admin = viewer.staffRole === 'admin';
  const coordinator = role === 'coordinator';
  return (
    <>
      <PageHeading>{t('members.title')}</PageHeading>
      <PartnershipTabs partnershipId={partnershipId} name={partnership.name} />
      <p className="lead">{t('members.intro', { partnership: partnership.name })}</p>
      {(admin || coordinator) && (
        <>
          <h2>{t('members.inviteTitle')}</h2>
          <InviteForm key={partnershipId} roles={admin ? memberRoles : ['contributor']} partnershipId={partnershipId} sideNames={sideNamesOf(partnership)} />
        </>
      )}
      <MembersList partnershipId={partnershipId} manage={admin ? 'all' : coordinator ? 'contributors' : 'none'} sideNames={sideNamesOf(partnership)} />
      {(admin || coordinator) && <PendingInvitations partnershipId={partnershipId} />}
    </>
  );
}
