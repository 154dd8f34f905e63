import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/dialog/confirm-button';
import { FormAlert } from '@/components/form/form-alert';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import type { SideNames } from '@/lib/sides';
import type { Vocabulary } from '@/lib/vocabularies';
import { writeErrorMessage } from '@/lib/write-errors';
import { peopleErrorMessage, peopleQueries, useChangePeople, type memberRoles, type PeopleChange } from '../api/people';

type MemberRole = (typeof memberRoles)[number];
type Side = Vocabulary<'partnership_side'>;

interface MembersListProps {
  partnershipId: string;
  /** Admins change roles and remove anyone; coordinators remove contributors; others only look. */
  manage: 'all' | 'contributors' | 'none';
  /** The two municipalities by name: each member works for one of them. */
  sideNames: SideNames;
}

/** Who works in a partnership, with their role; removing someone keeps their past work, attributed. */
export function MembersList({ partnershipId, manage, sideNames }: MembersListProps) {
  const { t } = useTranslation();
  const members = useQuery(peopleQueries.members(partnershipId));
  const change = useChangePeople();
  // What the last change did, said in words: a changed select alone is easy to miss.
  const [changed, setChanged] = useState<{ messageKey: string; values: Record<string, string> } | null>(null);
  if (members.isPending) return <Loading />;
  if (members.isError) throw members.error;
  const save = (request: PeopleChange, messageKey: string, values: Record<string, string>) => {
    setChanged(null);
    change.mutate(request, { onSuccess: () => setChanged({ messageKey, values }) });
  };
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      <FormAlert
        messageKey={change.isError ? (peopleErrorMessage(change.error) ?? writeErrorMessage(change.error)) : (changed?.messageKey ?? null)}
        tone={change.isError ? 'error' : 'success'}
        values={changed?.values}
      />
      <TableFrame stackOnPhones caption={t('members.title')} columns={[t('members.name'), t('invitations.email'), t('invitations.role'), t('members.side'), ...(manage === 'none' ? [] : [{ hidden: t('invitations.actions') }])]}>
        {members.data.map((member) => {
          const name = member.full_name || member.email;
          const removable = manage === 'all' || (manage === 'contributors' && member.role === 'contributor');
          return (
            <tr key={member.user_id}>
              <th scope="row">
                {name}
                {!member.confirmed && <span className="muted"> · {t('members.notYetAccepted')}</span>}
              </th>
              <td>{member.email}</td>
              <td>
                {manage === 'all' ? (
                  <select
                    aria-label={t('members.roleOf', { name })}
                    value={member.role}
                    disabled={change.isPending}
                    onChange={(event) => {
                      const role = event.target.value as MemberRole;
                      save({ kind: 'member-role', userId: member.user_id, partnershipId, role }, 'members.roleChanged', { name, role: t(`roles.${role}`) });
                    }}
                  >
                    <option value="coordinator">{t('roles.coordinator')}</option>
                    <option value="contributor">{t('roles.contributor')}</option>
                  </select>
                ) : (
                  t(`roles.${member.role}`)
                )}
              </td>
              <td>
                {/* Coordinators move contributors; a coordinator's side is an admin's to change. */}
                {!(manage === 'all' || (manage === 'contributors' && member.role === 'contributor')) ? (
                  sideNames[member.side as Side]
                ) : (
                  <select
                    aria-label={t('members.sideOf', { name })}
                    value={member.side}
                    disabled={change.isPending}
                    onChange={(event) => {
                      const side = event.target.value as Side;
                      save({ kind: 'member-side', userId: member.user_id, partnershipId, side }, 'members.sideChanged', { name, organisation: sideNames[side] });
                    }}
                  >
                    <option value="swedish">{sideNames.swedish}</option>
                    <option value="partner">{sideNames.partner}</option>
                  </select>
                )}
              </td>
              {manage !== 'none' && (
                <td className="row-actions">
                  {removable && (
                    <ConfirmButton
                      label={t('members.remove')}
                      accessibleLabel={t('members.removeNamed', { name })}
                      question={t('members.removeQuestion', { name })}
                      confirmLabel={t('members.remove')}
                      disabled={change.isPending}
                      onConfirm={() => save({ kind: 'remove-member', userId: member.user_id, partnershipId }, 'members.removed', { name })}
                    >
                      <p>{t('members.removeConsequences')}</p>
                    </ConfirmButton>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </TableFrame>
    </section>
  );
}
