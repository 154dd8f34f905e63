import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertDialog } from '@/components/dialog/alert-dialog';
import { FormAlert } from '@/components/form/form-alert';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import { peopleErrorMessage, peopleQueries, staffRoles, useChangePeople, type PeopleChange } from '../api/people';

type StaffRole = (typeof staffRoles)[number];

/**
 * Everyone with an account: their programme role, which an admin changes or takes away here, and
 * the partnerships they work in. Past contributions stay attributed whatever is taken away.
 * Programme-wide access opens every partnership's drafts, so giving it asks first; every change
 * says what it did.
 */
export function PeopleTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useQuery(peopleQueries.programme());
  const change = useChangePeople();
  const [granting, setGranting] = useState<{ userId: string; name: string; role: StaffRole } | null>(null);
  const [changed, setChanged] = useState<{ name: string; role: StaffRole | null } | null>(null);
  if (people.isPending) return <Loading />;
  if (people.isError) throw people.error;
  const save = (name: string, role: StaffRole | null, request: PeopleChange) => {
    setChanged(null);
    change.mutate(request, { onSuccess: () => setChanged({ name, role }) });
  };
  const grant = () => {
    if (!granting) return;
    save(granting.name, granting.role, { kind: 'staff-role', userId: granting.userId, role: granting.role });
    setGranting(null);
  };
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('people.title')}</h2>
      <FormAlert
        messageKey={change.isError ? (peopleErrorMessage(change.error) ?? writeErrorMessage(change.error)) : changed ? (changed.role ? 'people.granted' : 'people.revoked') : null}
        tone={change.isError ? 'error' : 'success'}
        values={changed ? { name: changed.name, role: changed.role ? t(`roles.${changed.role}`) : '' } : undefined}
      />
      <TableFrame stackOnPhones caption={t('people.title')} columns={[t('members.name'), t('invitations.email'), t('people.staffRole'), t('people.partnerships'), t('people.lastSignIn')]}>
        {people.data.map((person) => {
          const name = person.full_name || person.email;
          return (
            <tr key={person.user_id}>
              <th scope="row">{name}</th>
              <td>{person.email}</td>
              <td>
                <select
                  aria-label={t('people.staffRoleOf', { name })}
                  value={person.staff_role ?? ''}
                  disabled={change.isPending}
                  onChange={(event) => {
                    const role = event.target.value as StaffRole | '';
                    if (role) setGranting({ userId: person.user_id, name, role });
                    else save(name, null, { kind: 'remove-staff', userId: person.user_id });
                  }}
                >
                  <option value="">{t('people.noStaffRole')}</option>
                  {staffRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`roles.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <ul className="plain-list">
                  {person.memberships.map((membership) => (
                    <li key={membership.partnership_id}>
                      <Link to={paths.partnershipMembers.href(membership.partnership_id)}>{membership.partnership_name}</Link> · {t(`roles.${membership.role}`)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{person.last_sign_in_at ? format.date(person.last_sign_in_at) : person.confirmed ? t('people.never') : t('members.notYetAccepted')}</td>
            </tr>
          );
        })}
      </TableFrame>
      <AlertDialog
        title={granting ? t('people.grantQuestion', { name: granting.name, role: t(`roles.${granting.role}`) }) : ''}
        isOpen={granting !== null}
        onDismiss={() => setGranting(null)}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={grant}>
              {t('people.grant')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setGranting(null)}>
              {t('people.keepRole')}
            </button>
          </>
        }
      >
        {granting && <p>{t(`people.grantConsequences.${granting.role}`)}</p>}
      </AlertDialog>
    </section>
  );
}
