import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Outlet, useOutletContext, useParams, type LoaderFunctionArgs } from 'react-router';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { sessionQuery } from '@/features/auth/api/session';
import { partnershipQueries, type Partnership } from '@/features/partnerships/api/get-partnership';
import { frozenYearStates, reportQueries, type FrozenState, type PartnershipReport } from '@/features/reports/api/get-reports';
import { roleIn, viewerQuery, type Viewer } from '@/features/viewer/api/get-viewer';

/** What every page of a partnership stands on, loaded once by the layout above them. */
export interface PartnershipContext {
  viewer: Viewer;
  partnership: Partnership;
  /** Its yearly reports, newest year first. */
  reports: PartnershipReport[];
  /** The viewer's role in it, or null when they are not one of its members. */
  role: ReturnType<typeof roleIn>;
  /** Its years, newest first: from its start to its end, or to this year while it runs. */
  years: number[];
  /** The years whose report is submitted or approved, with that state: the database refuses changes to them. */
  frozenYearStates: ReadonlyMap<number, FrozenState>;
  frozenYears: number[];
}

/**
 * Starts everything the partnership's pages need at once, as the navigation begins: the viewer
 * (for their role), the partnership and its reports, instead of one after another as each
 * component renders. The pages read the same queries, so what arrives here is what they show.
 */
export const partnershipLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const partnershipId = params.partnershipId ?? '';
    const session = await queryClient.ensureQueryData(sessionQuery());
    // Signed out, the app layout sends the visitor to sign in: there is nothing of theirs to fetch.
    if (!session) return null;
    await Promise.all([
      queryClient.ensureQueryData(viewerQuery(session.user.id)),
      queryClient.ensureQueryData(partnershipQueries.detail(partnershipId)),
      queryClient.ensureQueryData(reportQueries.byPartnership(partnershipId)),
    ]);
    return null;
  };

/** A partnership's pages: not found when the viewer may not see it (row-level security hides it). */
export function PartnershipLayout() {
  const viewer = useOutletContext<Viewer>();
  const { partnershipId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  const reports = useQuery(reportQueries.byPartnership(partnershipId));
  if (partnership.isPending || reports.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (reports.isError) throw reports.error;
  if (!partnership.data) return <NotFound />;
  const lastYear = partnership.data.ends_year ?? new Date().getFullYear();
  const frozen = frozenYearStates(reports.data);
  const context: PartnershipContext = {
    viewer,
    partnership: partnership.data,
    reports: reports.data,
    role: roleIn(viewer, partnership.data.id),
    years: Array.from({ length: Math.max(0, lastYear - partnership.data.starts_year + 1) }, (_, index) => lastYear - index),
    frozenYearStates: frozen,
    frozenYears: [...frozen.keys()],
  };
  return <Outlet context={context} />;
}

/** The partnership, the viewer and their role, for the pages inside the partnership layout. */
export const usePartnershipContext = () => useOutletContext<PartnershipContext>();
