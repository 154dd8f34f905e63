/**
 * Invites someone by email, or sends a pending invitation again. The database decides, as the
 * person inviting (public.invite_person, public.invitation_to_resend with their token): whether
 * they may, and whether the invitee already has an account (then the invitation waits for them
 * to accept it in the app, and no mail goes out: Supabase Auth mails invitations to new addresses
 * only). The mail goes out through Supabase Auth's invite endpoint with the service key, which
 * stays here, on the server.
 *
 * POST { email, role, partnership_id?, side?, redirect_to } or { resend: invitation_id, redirect_to }
 * → 200 { invitation_id, outcome: 'pending' | 'mailed' } · 4xx { code, message } as the database or
 * Auth refused · 502 { code: 'mail_failed' } when Auth could not send (the invitation stays,
 * pending, to be sent again).
 */

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};

const reply = (body: unknown, status = 200) => Response.json(body, { status, headers: cors });

function environment() {
  const url = Deno.env.get('SUPABASE_URL');
  const anonKey = Deno.env.get('SUPABASE_ANON_KEY');
  const serviceKey = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY');
  if (!url || !anonKey || !serviceKey) throw new Error('SUPABASE_URL, SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY must be set');
  return { url, anonKey, serviceKey };
}

type Environment = ReturnType<typeof environment>;

/** A database function called as the person inviting: their token, so their rights. */
async function asCaller(env: Environment, authorization: string, name: string, args: Record<string, unknown>) {
  const response = await fetch(`${env.url}/rest/v1/rpc/${name}`, {
    method: 'POST',
    headers: { apikey: env.anonKey, authorization, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return { response, body: await response.json() };
}

const serviceHeaders = (env: Environment) => ({ apikey: env.serviceKey, authorization: `Bearer ${env.serviceKey}`, 'content-type': 'application/json' });

// The role in both languages of the mail (supabase/templates/invite.html), as the app names them.
const roleNames: Record<string, { en: string; sv: string }> = {
  coordinator: { en: 'coordinator', sv: 'samordnare' },
  contributor: { en: 'contributor', sv: 'medarbetare' },
  analyst: { en: 'analyst', sv: 'analytiker' },
  admin: { en: 'administrator', sv: 'administratör' },
};

/** What the mail says about the invitation: who invited, to which partnership (none: the programme), as what. */
async function invitationData(env: Environment, invitationId: string) {
  const read = async (path: string) => {
    const response = await fetch(`${env.url}/rest/v1/${path}`, { headers: serviceHeaders(env) });
    return response.ok ? ((await response.json()) as Record<string, unknown>[])[0] : undefined;
  };
  const invitation = (await read(`invitations?id=eq.${encodeURIComponent(invitationId)}&select=role,invited_by,partnership:partnerships(name)`)) as
    | { role: string; invited_by: string | null; partnership: { name: string } | null }
    | undefined;
  if (!invitation) return {};
  const inviter = invitation.invited_by ? ((await read(`profiles?id=eq.${invitation.invited_by}&select=full_name`)) as { full_name: string } | undefined) : undefined;
  const role = roleNames[invitation.role] ?? { en: invitation.role, sv: invitation.role };
  return { invited_by: inviter?.full_name || null, partnership: invitation.partnership?.name ?? null, role_en: role.en, role_sv: role.sv };
}

/** 'mailed', 'pending' when the address has a confirmed account (Auth mails no invitation to it), or 'failed'. */
async function sendInvitation(env: Environment, email: string, redirectTo: string | undefined, invitationId: string): Promise<'mailed' | 'pending' | 'failed'> {
  const query = redirectTo ? `?redirect_to=${encodeURIComponent(redirectTo)}` : '';
  const service = serviceHeaders(env);
  // Auth keeps `data` as the new user's metadata, which the mail template reads as {{ .Data.* }}.
  const data = await invitationData(env, invitationId);
  const sent = await fetch(`${env.url}/auth/v1/invite${query}`, { method: 'POST', headers: service, body: JSON.stringify({ email, data }) });
  if (!sent.ok) {
    const refusal = await sent.text();
    // The invitee has confirmed an account since: they accept in the app.
    if (sent.status === 422 && refusal.includes('email_exists')) return 'pending';
    console.error('[invite] Auth refused to send', sent.status, refusal);
    return 'failed';
  }
  const marked = await fetch(`${env.url}/rest/v1/invitations?id=eq.${encodeURIComponent(invitationId)}`, {
    method: 'PATCH',
    headers: service,
    body: JSON.stringify({ sent_at: new Date().toISOString() }),
  });
  if (!marked.ok) console.error('[invite] could not note the mail as sent', marked.status, await marked.text());
  return 'mailed';
}

const sentReply = (invitationId: string, result: 'mailed' | 'pending' | 'failed') =>
  result === 'failed' ? reply({ code: 'mail_failed', message: 'The invitation could not be sent' }, 502) : reply({ invitation_id: invitationId, outcome: result });

Deno.serve(async (request: Request) => {
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
  if (request.method !== 'POST') return reply({ code: 'method_not_allowed', message: 'POST an invitation' }, 405);
  const authorization = request.headers.get('authorization');
  if (!authorization) return reply({ code: 'not_allowed', message: 'Sign in to invite' }, 401);
  const input = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!input) return reply({ code: 'invalid_invitation', message: 'The body must be JSON' }, 400);
  const env = environment();
  const redirectTo = typeof input.redirect_to === 'string' ? input.redirect_to : undefined;

  if (typeof input.resend === 'string') {
    const { response, body } = await asCaller(env, authorization, 'invitation_to_resend', { invitation_id: input.resend });
    if (!response.ok) return reply(body, response.status);
    return sentReply(input.resend, await sendInvitation(env, body as string, redirectTo, input.resend));
  }

  const { response, body } = await asCaller(env, authorization, 'invite_person', {
    email: input.email,
    role: input.role,
    partnership_id: input.partnership_id ?? null,
    side: input.side ?? null,
  });
  if (!response.ok) return reply(body, response.status);
  const [{ invitation_id: invitationId, outcome }] = body as { invitation_id: string; outcome: 'pending' | 'mail' }[];
  if (outcome === 'pending') return reply({ invitation_id: invitationId, outcome });
  return sentReply(invitationId, await sendInvitation(env, String(input.email).trim().toLowerCase(), redirectTo, invitationId));
});
