import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { writeErrorMessage } from '@/lib/write-errors';
import { myInvitationsQuery, peopleErrorMessage, useAnswerInvitation, type MyInvitation } from '../api/people';

/**
 * Invitations to someone who already has an account: nothing is theirs until they accept here,
 * signed in as the owner of the invited address.
 */
export function MyInvitations() {
  const { t } = useTranslation();
  const invitations = useQuery(myInvitationsQuery());
  const answer = useAnswerInvitation();
  if (!invitations.data?.length && !answer.isSuccess && !answer.isError) return null;
  const target = (invitation: MyInvitation) => invitation.partnership_name ?? t('invitations.mine.theProgramme');
  const outcome = answer.isError
    ? (peopleErrorMessage(answer.error) ?? writeErrorMessage(answer.error))
    : answer.isSuccess
      ? answer.variables.accept
        ? 'invitations.mine.accepted'
        : 'invitations.mine.declined'
      : null;
  return (
    <section aria-labelledby="my-invitations-heading">
      <h2 id="my-invitations-heading">{t('invitations.mine.title')}</h2>
      <FormAlert messageKey={outcome} tone={answer.isError ? 'error' : 'success'} />
      <ul className="card-list">
        {invitations.data?.map((invitation) => (
          <li key={invitation.invitation_id} className="card">
            <p>
              {invitation.invited_by_name
                ? t('invitations.mine.invitedBy', { name: invitation.invited_by_name, target: target(invitation), role: t(`roles.${invitation.role}`) })
                : t('invitations.mine.invited', { target: target(invitation), role: t(`roles.${invitation.role}`) })}
            </p>
            <div className="row-actions">
              <button
                type="button"
                className="button button-primary"
                aria-label={t('invitations.mine.acceptTo', { target: target(invitation) })}
                disabled={answer.isPending}
                onClick={() => answer.mutate({ invitationId: invitation.invitation_id, accept: true })}
              >
                {t('invitations.mine.accept')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('invitations.mine.declineTo', { target: target(invitation) })}
                disabled={answer.isPending}
                onClick={() => answer.mutate({ invitationId: invitation.invitation_id, accept: false })}
              >
                {t('invitations.mine.decline')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
