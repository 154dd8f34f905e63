import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { SchemaForm, useSchemaForm } from '@/components/form/form';
import { SaveButton } from '@/components/form/save-button';
import { SelectField, TextField } from '@/components/form/text-field';
import type { SideNames } from '@/lib/sides';
import { writeErrorMessage } from '@/lib/write-errors';
import { isOneOf } from '@/lib/vocabularies';
import { invitationErrorMessage, invitationSchema, staffRoles, useInvitePerson, type InvitationRole } from '../api/people';

const emailRefusals = ['invalid_email', 'already_invited', 'already_member', 'already_staff'].map((reason) => `invitations.refused.${reason}`);

interface InviteFormProps {
  roles: readonly InvitationRole[];
  /** The partnerships an admin chooses from; none when the form belongs to one partnership. */
  partnerships?: { id: string; name: string }[];
  partnershipId?: string;
  /** The partnership's two municipalities by name, when the form belongs to one partnership. */
  sideNames?: SideNames;
}

/**
 * Invites someone by email. Someone with an account has the role at once; someone new gets a
 * mail with a link to choose their password. The database says when the invitation is refused.
 */
export function InviteForm({ roles, partnerships, partnershipId = '', sideNames }: InviteFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(invitationSchema, { email: '', role: roles[0], partnership_id: partnershipId, side: 'swedish' });
  const invite = useInvitePerson();
  const errors = form.formState.errors;
  const role = form.watch('role');
  const outcome = invite.data?.outcome;
  const refusal = invite.isError ? invitationErrorMessage(invite.error) : null;
  // A refusal about the address is told next to it; others above the form.
  const aboutTheAddress = refusal !== null && emailRefusals.includes(refusal);
  return (
    <SchemaForm
      form={form}
      label={t('invitations.title')}
      onSubmit={(values) =>
        invite.mutate(values, {
          onSuccess: () => form.reset({ email: '', role: values.role, partnership_id: partnershipId || (values.partnership_id ?? ''), side: values.side ?? 'swedish' }),
          onError: (error) => {
            const message = invitationErrorMessage(error);
            if (message && emailRefusals.includes(message)) form.setError('email', { message }, { shouldFocus: true });
          },
        })
      }
    >
      <FormAlert
        messageKey={invite.isError ? (aboutTheAddress ? null : (refusal ?? writeErrorMessage(invite.error))) : outcome ? `invitations.outcome.${outcome}` : null}
        tone={invite.isSuccess ? 'success' : 'error'}
        values={{ email: invite.variables?.email ?? '' }}
      />
      <TextField label={t('invitations.email')} type="email" autoComplete="off" registration={form.register('email')} error={errors.email} />
      {roles.length > 1 && (
        <SelectField label={t('invitations.role')} registration={form.register('role')} error={errors.role}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </SelectField>
      )}
      {partnerships && !isOneOf(staffRoles, role) && (
        <SelectField label={t('invitations.partnership')} registration={form.register('partnership_id')} error={errors.partnership_id}>
          <option value="">{t('invitations.choosePartnership')}</option>
          {partnerships.map((partnership) => (
            <option key={partnership.id} value={partnership.id}>
              {partnership.name}
            </option>
          ))}
        </SelectField>
      )}
      {!isOneOf(staffRoles, role) && (
        <SelectField label={t('invitations.side')} registration={form.register('side')} error={errors.side}>
          <option value="swedish">{sideNames?.swedish || t('invitations.swedishSide')}</option>
          <option value="partner">{sideNames?.partner || t('invitations.partnerSide')}</option>
        </SelectField>
      )}
      <SaveButton mutation={invite} label={t('invitations.send')} />
    </SchemaForm>
  );
}
