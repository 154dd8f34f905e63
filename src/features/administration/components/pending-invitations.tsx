import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/dialog/confirm-button';
import { FormAlert } from '@/components/form/form-alert';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import { peopleErrorMessage, peopleQueries, useChangePeople, useResendInvitation } from '../api/people';

/** Invitations not yet accepted, with when they were sent; each can be sent again or withdrawn. */
export function PendingInvitations({ partnershipId }: { partnershipId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useQuery(peopleQueries.invitations(partnershipId));
  const resend = useResendInvitation();
  const change = useChangePeople();
  if (invitations.isPending) return <Loading />;
  if (invitations.isError) throw invitations.error;
  const failed = resend.error ?? change.error;
  return (
    <section aria-labelledby="pending-invitations">
      <h2 id="pending-invitations">{t('invitations.pendingTitle')}</h2>
      <FormAlert
        messageKey={failed ? (peopleErrorMessage(failed) ?? writeErrorMessage(failed)) : resend.isSuccess ? (resend.data.outcome === 'pending' ? 'invitations.resentPending' : 'invitations.resent') : null}
        tone={failed ? 'error' : 'success'}
      />
      {invitations.data.length === 0 ? (
        <p className="muted">{t('invitations.nonePending')}</p>
      ) : (
        <TableFrame caption={t('invitations.pendingTitle')} columns={[t('invitations.email'), t('invitations.role'), ...(!partnershipId ? [t('invitations.partnership')] : []), t('invitations.sent'), { hidden: t('invitations.actions') }]}>
          {invitations.data.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">{invitation.email}</th>
              <td>{t(`roles.${invitation.role}`)}</td>
              {!partnershipId && <td>{invitation.partnership?.name ?? t('invitations.programme')}</td>}
              <td>{invitation.sent_at ? format.date(invitation.sent_at) : t('invitations.notSent')}</td>
              <td className="row-actions">
                <button type="button" className="button" aria-label={t('invitations.resendTo', { email: invitation.email })} disabled={resend.isPending} onClick={() => resend.mutate(invitation.id)}>
                  {t('invitations.resend')}
                </button>
                <ConfirmButton
                  label={t('invitations.withdraw')}
                  accessibleLabel={t('invitations.withdrawFrom', { email: invitation.email })}
                  question={t('invitations.withdrawQuestion', { email: invitation.email })}
                  confirmLabel={t('invitations.withdraw')}
                  disabled={change.isPending}
                  onConfirm={() => change.mutate({ kind: 'withdraw', invitationId: invitation.id })}
                >
                  <p>{t('invitations.withdrawConsequences')}</p>
                </ConfirmButton>
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
    </section>
  );
}
