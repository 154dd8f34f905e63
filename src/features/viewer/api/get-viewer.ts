import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** Who is signed in: their profile, programme role and partnerships with the latest report of each. */
export async function getViewer(userId: string) {
  const [profile, staff, memberships] = await Promise.all([
    supabase.from('profiles').select('id, full_name, preferred_language').eq('id', userId).single(),
    supabase.from('staff').select('role').eq('user_id', userId).maybeSingle(),
    supabase
      .from('memberships')
      .select('role, side, partnership:partnerships!inner(id, name, focus_goal_ids, reports(year, status, submitted_at))')
      .eq('user_id', userId)
      .order('year', { referencedTable: 'partnership.reports', ascending: false })
      .limit(1, { referencedTable: 'partnership.reports' }),
  ]);
  if (profile.error) throw profile.error;
  if (staff.error) throw staff.error;
  if (memberships.error) throw memberships.error;
  return {
    profile: profile.data,
    staffRole: staff.data?.role ?? null,
    memberships: [...memberships.data].sort((a, b) => a.partnership.name.localeCompare(b.partnership.name)),
  };
}

export type Viewer = Awaited<ReturnType<typeof getViewer>>;

export const viewerQuery = (userId: string) => queryOptions({ queryKey: ['viewer', userId], queryFn: () => getViewer(userId) });

/** The viewer's role in a partnership, or null when they are not one of its members. */
export const roleIn = (viewer: Viewer, partnershipId: string) => viewer.memberships.find((membership) => membership.partnership.id === partnershipId)?.role ?? null;

/** Which municipality the viewer works for in a partnership, or null when they are not one of its members. */
export const sideIn = (viewer: Viewer, partnershipId: string) => viewer.memberships.find((membership) => membership.partnership.id === partnershipId)?.side ?? null;
