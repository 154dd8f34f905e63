import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { PartnershipLayout, partnershipLoader } from '@/app/layout/partnership-layout';
import { PublicLayout } from '@/app/layout/public-layout';
import { queryClient } from '@/app/query-client';
import { LayoutError, RouteError } from '@/components/status/route-error';
import { paths } from '@/config/paths';
import { linkLandingPath } from '@/features/auth/api/link-landing';
import { openingFragment } from '@/lib/supabase';

// A mailed link may land on any page (the site URL when its own page is not a redirect URL of the
// project): it goes to its page before the app draws anything, its fragment kept for supabase-js.
const landing = linkLandingPath(window.location.pathname, openingFragment);
if (landing) window.history.replaceState(window.history.state, '', `${landing}${window.location.hash}`);

const router = createBrowserRouter([
  {
    Component: PublicLayout,
    errorElement: <LayoutError />,
    // A page that fails shows why inside the layout, keeping the header and navigation.
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.signIn.path, lazy: () => import('@/app/routes/auth/sign-in').then((module) => ({ Component: module.SignInRoute })) },
          { path: paths.forgotPassword.path, lazy: () => import('@/app/routes/auth/forgot-password').then((module) => ({ Component: module.ForgotPasswordRoute })) },
          { path: paths.resetPassword.path, lazy: () => import('@/app/routes/auth/reset-password').then((module) => ({ Component: module.ResetPasswordRoute })) },
          { path: paths.acceptInvitation.path, lazy: () => import('@/app/routes/auth/accept-invitation').then((module) => ({ Component: module.AcceptInvitationRoute })) },
        ],
      },
    ],
  },
  {
    Component: AppLayout,
    errorElement: <LayoutError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.home.path, lazy: () => import('@/app/routes/home').then((module) => ({ Component: module.HomeRoute })) },
          { path: paths.reviews.path, lazy: () => import('@/app/routes/reviews').then((module) => ({ Component: module.ReviewsRoute })) },
          {
            path: paths.dashboards.path,
            lazy: () => import('@/app/routes/dashboards').then((module) => ({ Component: module.DashboardsRoute, loader: module.dashboardsLoader(queryClient), shouldRevalidate: module.shouldRevalidate })),
          },
          {
            path: paths.exports.path,
            lazy: () => import('@/app/routes/exports').then((module) => ({ Component: module.ExportsRoute, loader: module.exportsLoader(queryClient), shouldRevalidate: module.shouldRevalidate })),
          },
          { path: paths.programmeSettings.path, lazy: () => import('@/app/routes/programme-settings').then((module) => ({ Component: module.ProgrammeSettingsRoute })) },
          { path: paths.administration.path, lazy: () => import('@/app/routes/admin/administration').then((module) => ({ Component: module.AdministrationRoute })) },
          { path: paths.organisations.path, lazy: () => import('@/app/routes/admin/organisations').then((module) => ({ Component: module.OrganisationsRoute })) },
          { path: paths.newOrganisation.path, lazy: () => import('@/app/routes/admin/organisation').then((module) => ({ Component: module.OrganisationRoute })) },
          { path: paths.organisation.path, lazy: () => import('@/app/routes/admin/organisation').then((module) => ({ Component: module.OrganisationRoute })) },
          { path: paths.adminPartnerships.path, lazy: () => import('@/app/routes/admin/partnerships').then((module) => ({ Component: module.AdminPartnershipsRoute })) },
          { path: paths.newPartnership.path, lazy: () => import('@/app/routes/admin/partnership').then((module) => ({ Component: module.AdminPartnershipRoute })) },
          { path: paths.editPartnership.path, lazy: () => import('@/app/routes/admin/partnership').then((module) => ({ Component: module.AdminPartnershipRoute })) },
          { path: paths.people.path, lazy: () => import('@/app/routes/admin/people').then((module) => ({ Component: module.PeopleRoute })) },
          { path: paths.profile.path, lazy: () => import('@/app/routes/profile').then((module) => ({ Component: module.ProfileRoute })) },
          { path: paths.programme.path, lazy: () => import('@/app/routes/programme').then((module) => ({ Component: module.ProgrammeRoute })) },
          {
            // Every page of a partnership: the layout loads the partnership, its reports and the viewer's role once.
            path: paths.partnership.path,
            Component: PartnershipLayout,
            loader: partnershipLoader(queryClient),
            children: [
              { index: true, lazy: () => import('@/app/routes/partnership').then((module) => ({ Component: module.PartnershipRoute })) },
              { path: paths.partnershipMembers.path, lazy: () => import('@/app/routes/partnership-members').then((module) => ({ Component: module.PartnershipMembersRoute })) },
              { path: paths.newActivity.path, lazy: () => import('@/app/routes/new-activity').then((module) => ({ Component: module.NewActivityRoute })) },
              { path: paths.activity.path, lazy: () => import('@/app/routes/activity').then((module) => ({ Component: module.ActivityRoute })) },
              { path: paths.activities.path, lazy: () => import('@/app/routes/activities').then((module) => ({ Component: module.ActivitiesRoute })) },
              { path: paths.results.path, lazy: () => import('@/app/routes/results').then((module) => ({ Component: module.ResultsRoute })) },
              { path: paths.newResult.path, lazy: () => import('@/app/routes/new-result').then((module) => ({ Component: module.NewResultRoute })) },
              { path: paths.result.path, lazy: () => import('@/app/routes/result').then((module) => ({ Component: module.ResultRoute })) },
              { path: paths.newIndicator.path, lazy: () => import('@/app/routes/indicator-settings').then((module) => ({ Component: module.IndicatorSettingsRoute })) },
              { path: paths.indicator.path, lazy: () => import('@/app/routes/indicator').then((module) => ({ Component: module.IndicatorRoute })) },
              { path: paths.editIndicator.path, lazy: () => import('@/app/routes/indicator-settings').then((module) => ({ Component: module.IndicatorSettingsRoute })) },
              { path: paths.reports.path, lazy: () => import('@/app/routes/reports').then((module) => ({ Component: module.ReportsRoute })) },
              { path: paths.printReport.path, lazy: () => import('@/app/routes/print-report').then((module) => ({ Component: module.PrintReportRoute })) },
              { path: paths.report.path, lazy: () => import('@/app/routes/report').then((module) => ({ Component: module.ReportRoute })) },
            ],
          },
          { path: '*', lazy: () => import('@/app/routes/not-found').then((module) => ({ Component: module.NotFoundRoute })) },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
