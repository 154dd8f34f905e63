import { FunctionsHttpError } from '@supabase/supabase-js';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { paths } from '@/config/paths';
import { assertOnline } from '@/lib/online';
import { supabase } from '@/lib/supabase';
import { isOneOf, vocabularies, type Vocabulary } from '@/lib/vocabularies';

export const staffRoles = vocabularies.staff_role;
export const memberRoles = vocabularies.membership_role;
export const invitationRoles = [...memberRoles, ...staffRoles] as const;
export type InvitationRole = (typeof invitationRoles)[number];

/** The invitation form's rules: a staff role is the programme's, a member role a partnership's. */
export const invitationSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('validation.email')),
    role: z.enum(invitationRoles, { message: 'validation.roleRequired' }),
    partnership_id: z.string(),
    /** Which municipality of the partnership the invitee will work for. */
    side: z.enum(vocabularies.partnership_side),
  })
  .superRefine((values, context) => {
    const memberRole = isOneOf(memberRoles, values.role);
    if (memberRole && !values.partnership_id) context.addIssue({ code: 'custom', path: ['partnership_id'], message: 'validation.partnershipRequired' });
  })
  .transform((values) => {
    const staff = isOneOf(staffRoles, values.role);
    return { ...values, partnership_id: staff ? null : values.partnership_id, side: staff ? null : values.side };
  });
export type InvitationInput = z.input<typeof invitationSchema>;
export type InvitationValues = z.output<typeof invitationSchema>;

/** Why the invite function or the database refused, as a translation key. */
export class InvitationRefused extends Error {}

const refusals = ['not_allowed', 'invalid_email', 'invalid_invitation', 'already_invited', 'already_member', 'already_staff', 'already_accepted', 'mail_failed'];

/** Calls the invite Edge Function; the link in the mail leads to the accept-invitation page of this app. */
async function callInvite(body: Record<string, unknown>) {
  assertOnline();
  const { data, error } = await supabase.functions.invoke<{ invitation_id: string; outcome: 'pending' | 'mailed' }>('invite', {
    body: { ...body, redirect_to: `${window.location.origin}${paths.acceptInvitation.href()}` },
  });
  if (error) {
    const answer = error instanceof FunctionsHttpError ? ((await error.context.json().catch(() => null)) as { message?: string; code?: string } | null) : null;
    const reason = [answer?.message, answer?.code].find((candidate) => candidate && refusals.includes(candidate));
    throw reason ? new InvitationRefused(`invitations.refused.${reason}`) : error;
  }
  return data!;
}

export const invitePerson = (values: InvitationValues) => callInvite(values);
export const resendInvitation = (invitationId: string) => callInvite({ resend: invitationId });

/** A refused invitation's message, else the usual ones for a failed write. */
export const invitationErrorMessage = (error: unknown) => (error instanceof InvitationRefused ? error.message : null);

export async function getProgrammePeople() {
  const { data, error } = await supabase.rpc('programme_people');
  if (error) throw error;
  return data.map((person) => ({ ...person, memberships: person.memberships as { partnership_id: string; partnership_name: string; role: Vocabulary<'membership_role'> }[] }));
}
export type Person = Awaited<ReturnType<typeof getProgrammePeople>>[number];

export async function getInvitations(partnershipId?: string) {
  let query = supabase.from('invitations').select('id, email, role, partnership_id, created_at, sent_at, partnership:partnerships(name)').is('accepted_at', null);
  if (partnershipId) query = query.eq('partnership_id', partnershipId);
  const { data, error } = await query.order('created_at', { ascending: false });
  if (error) throw error;
  return data;
}
export type PendingInvitation = Awaited<ReturnType<typeof getInvitations>>[number];

export async function getPartnershipMembers(partnershipId: string) {
  const { data, error } = await supabase.rpc('partnership_members', { partnership_id: partnershipId });
  if (error) throw error;
  return data;
}
export type Member = Awaited<ReturnType<typeof getPartnershipMembers>>[number];

export const peopleQueries = {
  all: () => ['people'] as const,
  programme: () => queryOptions({ queryKey: [...peopleQueries.all(), 'programme'], queryFn: getProgrammePeople }),
  invitations: (partnershipId?: string) => queryOptions({ queryKey: [...peopleQueries.all(), 'invitations', partnershipId ?? 'all'], queryFn: () => getInvitations(partnershipId) }),
  members: (partnershipId: string) => queryOptions({ queryKey: [...peopleQueries.all(), 'members', partnershipId], queryFn: () => getPartnershipMembers(partnershipId) }),
};

export type PeopleChange =
  | { kind: 'staff-role'; userId: string; role: (typeof staffRoles)[number] }
  | { kind: 'remove-staff'; userId: string }
  | { kind: 'member-role'; userId: string; partnershipId: string; role: (typeof memberRoles)[number] }
  | { kind: 'remove-member'; userId: string; partnershipId: string }
  | { kind: 'member-side'; userId: string; partnershipId: string; side: Vocabulary<'partnership_side'> }
  | { kind: 'withdraw'; invitationId: string };

/** One change to who has which role; the database refuses what the person may not do, and says why. */
export async function changePeople(change: PeopleChange) {
  assertOnline();
  const request = (() => {
    switch (change.kind) {
      case 'staff-role':
        return supabase.from('staff').upsert({ user_id: change.userId, role: change.role }).select('user_id');
      case 'remove-staff':
        return supabase.from('staff').delete().eq('user_id', change.userId).select('user_id');
      case 'member-role':
        return supabase.from('memberships').update({ role: change.role }).eq('user_id', change.userId).eq('partnership_id', change.partnershipId).select('user_id');
      case 'member-side':
        return supabase.rpc('set_member_side', { partnership_id: change.partnershipId, user_id: change.userId, side: change.side }).then(({ error }) => ({ data: [change.userId], error }));
      case 'remove-member':
        return supabase.from('memberships').delete().eq('user_id', change.userId).eq('partnership_id', change.partnershipId).select('user_id');
      case 'withdraw':
        return supabase.from('invitations').delete().eq('id', change.invitationId).select('id');
    }
  })();
  const { data, error } = await request;
  if (error) throw error;
  // Row-level security hides what one may not change: nothing changed is a refusal too.
  if (!data.length) throw Object.assign(new Error('not_allowed'), { code: '42501' });
}

/** Why a change to people was refused, as a translation key. */
export function peopleErrorMessage(error: unknown) {
  const message = (error as { message?: string } | null)?.message;
  if (message === 'last_coordinator' || message === 'own_admin_role' || message === 'not_admin' || message === 'member_not_found') return `people.refused.${message}`;
  return invitationErrorMessage(error);
}

function useInvalidatePeople() {
  const queryClient = useQueryClient();
  // A change may be the viewer's own (an admin's side in a partnership they coordinate).
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: peopleQueries.all() }), queryClient.invalidateQueries({ queryKey: ['viewer'] })]);
}

export function useInvitePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: invitePerson, networkMode: 'always', onSuccess: invalidate });
}

export function useResendInvitation() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: resendInvitation, networkMode: 'always', onSuccess: invalidate });
}

export function useChangePeople() {
  const invalidate = useInvalidatePeople();
  return useMutation({ mutationFn: changePeople, networkMode: 'always', onSettled: invalidate });
}

/** The invitations waiting for the signed-in person: to a partnership, or to the programme's staff. */
export async function getMyInvitations() {
  const { data, error } = await supabase.rpc('my_invitations');
  if (error) throw error;
  return data;
}
export type MyInvitation = Awaited<ReturnType<typeof getMyInvitations>>[number];

export const myInvitationsQuery = () => queryOptions({ queryKey: ['my-invitations'], queryFn: getMyInvitations });

/** Accepts (the role is theirs from now on) or declines an invitation addressed to the signed-in person. */
export async function answerInvitation({ invitationId, accept }: { invitationId: string; accept: boolean }) {
  assertOnline();
  const { error } = await supabase.rpc(accept ? 'accept_invitation' : 'decline_invitation', { invitation_id: invitationId });
  if (error) throw error;
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    networkMode: 'always',
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['my-invitations'] });
      await queryClient.invalidateQueries({ queryKey: ['viewer'] });
    },
  });
}
