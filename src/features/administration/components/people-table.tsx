import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '@/components/form/form-alert';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { writeErrorMessage } from '@/lib/write-errors';
import { peopleErrorMessage, peopleQueries, staffRoles, useChangePeople } from '../api/people';

/**
 * Everyone with an account: their programme role, which an admin changes or takes away here, and
 * the partnerships they work in. Past contributions stay attributed whatever is taken away.
 */
export function PeopleTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useQuery(peopleQueries.programme());
  const change = useChangePeople();
  if (people.isPending) return <Loading />;
  if (people.isError) throw people.error;
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('people.title')}</h2>
      <FormAlert messageKey={change.isError ? (peopleErrorMessage(change.error) ?? writeErrorMessage(change.error)) : null} />
      <TableFrame caption={t('people.title')} columns={[t('members.name'), t('invitations.email'), t('people.staffRole'), t('people.partnerships'), t('people.lastSignIn')]}>
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
                    const role = event.target.value;
                    change.mutate(role ? { kind: 'staff-role', userId: person.user_id, role: role as (typeof staffRoles)[number] } : { kind: 'remove-staff', userId: person.user_id });
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
    </section>
  );
}
