/**
 * Inviting people through the invite Edge Function, as each role: who may invite whom, what an
 * invitation grants before and after it is accepted, and each refusal with its reason. The mail
 * goes through the stack's Auth and lands in its inbox.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack, type DemoUser } from './support/demo-stack.ts';

const robertsfors = demoPartnerships.robertsforsMachakos;
const vaxjo = demoPartnerships.vaxjoJbMarks;
const acceptPage = 'http://127.0.0.1:4173/accept-invitation';

let stack: DemoStack;
const clients = {} as Record<DemoUser, SupabaseClient>;

beforeAll(async () => {
  stack = await startDemoStack();
  for (const user of Object.keys(demoUsers) as DemoUser[]) clients[user] = await stack.signIn(user);
}, 120_000);
afterAll(() => stack?.stop());

type Outcome = { invitation_id: string; outcome: 'added' | 'mailed' };

/** The function's answer: its JSON and status, whether it succeeded or not. */
async function invite(as: DemoUser, body: Record<string, unknown>) {
  const { data: session } = await clients[as].auth.getSession();
  const response = await fetch(`${stack.apiUrl}/functions/v1/invite`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.session!.access_token}`, apikey: stack.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ redirect_to: acceptPage, ...body }),
  });
  return { status: response.status, body: (await response.json()) as Outcome & { code?: string; message?: string } };
}

const mailsTo = (email: string) => stack.context.mailbox.list().filter((mail) => mail.to === email);

async function membershipOf(email: string, partnershipId: string) {
  const people = (await clients.admin.rpc('programme_people')).data as { user_id: string; email: string; memberships: { partnership_id: string; role: string }[] }[];
  return people.find((person) => person.email === email)?.memberships.find((membership) => membership.partnership_id === partnershipId)?.role;
}

describe('an admin', () => {
  it('invites someone new as coordinator: the mail goes out, the partnership is theirs once they follow the link', async () => {
    const email = 'amina@machakos.example';
    const result = await invite('admin', { email: 'Amina@Machakos.example ', role: 'coordinator', partnership_id: robertsfors });
    expect(result).toMatchObject({ status: 200, body: { outcome: 'mailed' } });
    const [mail] = mailsTo(email);
    expect(mail.subject).toBe('Robertsfors – Machakos: you are invited / du är inbjuden');
    expect(mail.text).toMatch(/Johan Ek has invited you\s+to the partnership Robertsfors – Machakos as coordinator/);
    expect(mail.text).toMatch(/Johan Ek har bjudit in dig\s+till partnerskapet Robertsfors – Machakos som samordnare/);

    const pending = await clients.admin.from('invitations').select('email, role, sent_at, accepted_at').eq('id', result.body.invitation_id).single();
    expect(pending.data).toMatchObject({ email, role: 'coordinator', accepted_at: null });
    expect(pending.data!.sent_at).not.toBeNull();
    expect(await membershipOf(email, robertsfors)).toBe('coordinator');

    const link = /https?:\/\/\S+\/auth\/v1\/verify\?\S+/.exec(mail.text)![0];
    const followed = await fetch(link, { redirect: 'manual' });
    expect(followed.headers.get('location')).toMatch(new RegExp(`^${acceptPage}#access_token=`));
    const accepted = await clients.admin.from('invitations').select('accepted_at').eq('id', result.body.invitation_id).single();
    expect(accepted.data!.accepted_at).not.toBeNull();
  });

  it('invites programme staff; someone with an account has the role once they accept it in the app, and no mail goes out', async () => {
    const analyst = await invite('admin', { email: 'new.analyst@icld.example', role: 'analyst' });
    expect(analyst).toMatchObject({ status: 200, body: { outcome: 'mailed' } });

    const before = mailsTo(demoUsers.erik.email).length;
    const erik = await invite('admin', { email: demoUsers.erik.email, role: 'contributor', partnership_id: robertsfors });
    expect(erik).toMatchObject({ status: 200, body: { outcome: 'pending' } });
    expect(mailsTo(demoUsers.erik.email)).toHaveLength(before);
    expect(await membershipOf(demoUsers.erik.email, robertsfors)).toBeUndefined();

    const waiting = await clients.erik.rpc('my_invitations');
    expect(waiting.data).toEqual([expect.objectContaining({ invitation_id: erik.body.invitation_id, role: 'contributor', partnership_name: 'Robertsfors – Machakos', invited_by_name: 'Johan Ek' })]);
    expect((await clients.erik.rpc('accept_invitation', { invitation_id: erik.body.invitation_id })).error).toBeNull();
    expect(await membershipOf(demoUsers.erik.email, robertsfors)).toBe('contributor');
    expect((await clients.erik.rpc('my_invitations')).data).toEqual([]);
  });

  it('sends no mail again to someone with an account: the invitation waits for them', async () => {
    const { body } = await invite('admin', { email: demoUsers.lina.email, role: 'contributor', partnership_id: vaxjo });
    expect(body.outcome).toBe('pending');
    expect(await invite('admin', { resend: body.invitation_id })).toMatchObject({ status: 200, body: { outcome: 'pending' } });
    expect(mailsTo(demoUsers.lina.email)).toHaveLength(0);
    expect((await clients.lina.rpc('decline_invitation', { invitation_id: body.invitation_id })).error).toBeNull();
    expect((await clients.admin.from('invitations').select('id').eq('id', body.invitation_id)).data).toEqual([]);
    expect(await membershipOf(demoUsers.lina.email, vaxjo)).toBeUndefined();
  });

  it('is told why an invitation is refused: a bad address, twice the same, a member already, staff already, a staff role for a partnership', async () => {
    expect((await invite('admin', { email: 'not an address', role: 'contributor', partnership_id: robertsfors })).body.message).toBe('invalid_email');
    await invite('admin', { email: 'twice@example.test', role: 'contributor', partnership_id: vaxjo });
    expect((await invite('admin', { email: 'twice@example.test', role: 'coordinator', partnership_id: vaxjo })).body.message).toBe('already_invited');
    expect((await invite('admin', { email: demoUsers.grace.email, role: 'contributor', partnership_id: robertsfors })).body.message).toBe('already_member');
    expect((await invite('admin', { email: demoUsers.analyst.email, role: 'admin' })).body.message).toBe('already_staff');
    const mixed = await invite('admin', { email: 'mixed@example.test', role: 'analyst', partnership_id: robertsfors });
    expect(mixed).toMatchObject({ status: 400, body: { message: 'invalid_invitation' } });
  });

  it('sends a pending invitation again, but not an accepted one', async () => {
    const first = await invite('admin', { email: 'again@example.test', role: 'contributor', partnership_id: vaxjo });
    const resent = await invite('admin', { resend: first.body.invitation_id });
    expect(resent).toMatchObject({ status: 200, body: { outcome: 'mailed' } });
    expect(mailsTo('again@example.test')).toHaveLength(2);

    const erik = (await clients.admin.from('invitations').select('id').eq('email', demoUsers.erik.email).single()).data!;
    expect((await invite('admin', { resend: erik.id })).body.message).toBe('already_accepted');
  });

  it('withdraws an invitation that is not accepted, and with it the access it gave', async () => {
    const email = 'withdrawn@example.test';
    const { body } = await invite('admin', { email, role: 'contributor', partnership_id: vaxjo });
    expect(await membershipOf(email, vaxjo)).toBe('contributor');
    expect((await clients.admin.from('invitations').delete().eq('id', body.invitation_id).select('id')).data).toHaveLength(1);
    expect(await membershipOf(email, vaxjo)).toBeUndefined();
  });
});

describe('a coordinator', () => {
  it('invites contributors to their own partnership, sees those invitations and withdraws them', async () => {
    const result = await invite('anna', { email: 'wanjiru@machakos.example', role: 'contributor', partnership_id: robertsfors });
    expect(result).toMatchObject({ status: 200, body: { outcome: 'mailed' } });
    expect((await invite('anna', { resend: result.body.invitation_id })).status).toBe(200);
    const seen = await clients.anna.from('invitations').select('email').eq('partnership_id', robertsfors);
    expect(seen.data!.map((row) => row.email)).toContain('wanjiru@machakos.example');
    expect((await clients.anna.from('invitations').delete().eq('id', result.body.invitation_id).select('id')).data).toHaveLength(1);
  });

  it('invites people of either municipality: each joins on the side the invitation names, the Swedish one unless told', async () => {
    const sideOf = async (email: string, partnershipId: string = robertsfors) =>
      ((await clients.admin.rpc('partnership_members', { partnership_id: partnershipId })).data as { email: string; side: string }[]).find((member) => member.email === email)?.side;
    const partner = await invite('anna', { email: 'otieno@machakos.example', role: 'contributor', partnership_id: robertsfors, side: 'partner' });
    expect(partner).toMatchObject({ status: 200, body: { outcome: 'mailed' } });
    expect(await sideOf('otieno@machakos.example')).toBe('partner');
    const swedish = await invite('anna', { email: 'karin@robertsfors.example', role: 'contributor', partnership_id: robertsfors });
    expect(swedish.status).toBe(200);
    expect(await sideOf('karin@robertsfors.example')).toBe('swedish');

    // Someone with an account joins on the invitation's side when they accept it.
    const lina = await invite('admin', { email: demoUsers.lina.email, role: 'contributor', partnership_id: vaxjo, side: 'partner' });
    expect(lina.body.outcome).toBe('pending');
    expect((await clients.lina.rpc('accept_invitation', { invitation_id: lina.body.invitation_id })).error).toBeNull();
    expect(await sideOf(demoUsers.lina.email, vaxjo)).toBe('partner');

    // A staff role belongs to no side.
    const staff = await invite('admin', { email: 'second.analyst@icld.example', role: 'analyst', side: 'partner' });
    expect(staff.status).toBe(200);
    expect((await clients.admin.from('invitations').select('side').eq('id', staff.body.invitation_id).single()).data).toEqual({ side: null });
    const unknown = await invite('anna', { email: 'someone@machakos.example', role: 'contributor', partnership_id: robertsfors, side: 'kenyan' });
    expect(unknown.status).toBe(400);
  });

  it('may not invite a coordinator, staff, or anyone to another partnership, nor see its invitations', async () => {
    for (const body of [
      { email: 'co@example.test', role: 'coordinator', partnership_id: robertsfors },
      { email: 'staff@example.test', role: 'analyst' },
      { email: 'elsewhere@example.test', role: 'contributor', partnership_id: vaxjo },
    ]) {
      expect(await invite('anna', body)).toMatchObject({ status: 403, body: { message: 'not_allowed' } });
    }
    expect((await clients.anna.from('invitations').select('id').eq('partnership_id', vaxjo)).data).toEqual([]);
    const theirs = (await clients.admin.from('invitations').select('id').eq('partnership_id', vaxjo).limit(1).single()).data!;
    expect((await invite('anna', { resend: theirs.id })).body.message).toBe('not_allowed');
  });
});

describe('everyone else', () => {
  it.each(['grace', 'analyst'] as const)('%s may not invite anyone', async (user) => {
    expect(await invite(user, { email: `from-${user}@example.test`, role: 'contributor', partnership_id: robertsfors })).toMatchObject({ status: 403, body: { message: 'not_allowed' } });
    expect((await clients[user].from('invitations').select('id')).data).toEqual([]);
  });

  it('nobody invites without signing in', async () => {
    const response = await fetch(`${stack.apiUrl}/functions/v1/invite`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
  });
});

describe('who sees whom', () => {
  it('admins list the programme\'s people with their addresses; nobody else does', async () => {
    const people = (await clients.admin.rpc('programme_people')).data as { email: string; staff_role: string | null }[];
    expect(people.find((person) => person.email === demoUsers.analyst.email)?.staff_role).toBe('analyst');
    for (const user of ['analyst', 'anna'] as const) expect((await clients[user].rpc('programme_people')).error?.message).toBe('not_allowed');
  });

  it('a partnership\'s members and staff see its members with their addresses; others see none', async () => {
    const members = async (user: DemoUser) => ((await clients[user].rpc('partnership_members', { partnership_id: robertsfors })).data as { email: string; role: string }[]).map((row) => row.email);
    expect(await members('grace')).toEqual(expect.arrayContaining([demoUsers.anna.email, demoUsers.grace.email]));
    expect(await members('analyst')).toContain(demoUsers.anna.email);
    expect(await members('lina')).toEqual([]);
  });
});
