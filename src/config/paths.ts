/** Every route of the app, in one table. */
export const paths = {
  home: { path: '/', href: () => '/' },
  signIn: { path: '/sign-in', href: (next?: string) => (next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in') },
  forgotPassword: { path: '/forgot-password', href: () => '/forgot-password' },
  resetPassword: { path: '/reset-password', href: () => '/reset-password' },
  acceptInvitation: { path: '/accept-invitation', href: () => '/accept-invitation' },
  programme: { path: '/programme', href: () => '/programme' },
  reviews: { path: '/programme/reviews', href: () => '/programme/reviews' },
  programmeSettings: { path: '/programme/settings', href: () => '/programme/settings' },
  administration: { path: '/admin', href: () => '/admin' },
  organisations: { path: '/admin/organisations', href: () => '/admin/organisations' },
  newOrganisation: { path: '/admin/organisations/new', href: () => '/admin/organisations/new' },
  organisation: { path: '/admin/organisations/:organisationId', href: (organisationId: string) => `/admin/organisations/${organisationId}` },
  adminPartnerships: { path: '/admin/partnerships', href: () => '/admin/partnerships' },
  newPartnership: { path: '/admin/partnerships/new', href: () => '/admin/partnerships/new' },
  editPartnership: { path: '/admin/partnerships/:partnershipId', href: (partnershipId: string) => `/admin/partnerships/${partnershipId}` },
  people: { path: '/admin/people', href: () => '/admin/people' },
  profile: { path: '/profile', href: () => '/profile' },
  dashboards: { path: '/dashboards', href: () => '/dashboards' },
  exports: { path: '/exports', href: () => '/exports' },
  partnership: { path: '/partnerships/:partnershipId', href: (partnershipId: string) => `/partnerships/${partnershipId}` },
  newActivity: { path: '/partnerships/:partnershipId/activities/new', href: (partnershipId: string) => `/partnerships/${partnershipId}/activities/new` },
  activity: {
    path: '/partnerships/:partnershipId/activities/:activityId',
    href: (partnershipId: string, activityId: string) => `/partnerships/${partnershipId}/activities/${activityId}`,
  },
  activities: { path: '/partnerships/:partnershipId/activities', href: (partnershipId: string) => `/partnerships/${partnershipId}/activities` },
  results: { path: '/partnerships/:partnershipId/results', href: (partnershipId: string) => `/partnerships/${partnershipId}/results` },
  newResult: { path: '/partnerships/:partnershipId/results/new', href: (partnershipId: string) => `/partnerships/${partnershipId}/results/new` },
  result: {
    path: '/partnerships/:partnershipId/results/:resultId',
    href: (partnershipId: string, resultId: string) => `/partnerships/${partnershipId}/results/${resultId}`,
  },
  newIndicator: {
    path: '/partnerships/:partnershipId/results/:resultId/indicators/new',
    href: (partnershipId: string, resultId: string) => `/partnerships/${partnershipId}/results/${resultId}/indicators/new`,
  },
  indicator: {
    path: '/partnerships/:partnershipId/results/:resultId/indicators/:indicatorId',
    /** With a year when coming from that year's report: the page opens on that year's evidence. */
    href: (partnershipId: string, resultId: string, indicatorId: string, year?: number) =>
      `/partnerships/${partnershipId}/results/${resultId}/indicators/${indicatorId}${year === undefined ? '' : `?year=${year}`}`,
  },
  editIndicator: {
    path: '/partnerships/:partnershipId/results/:resultId/indicators/:indicatorId/edit',
    href: (partnershipId: string, resultId: string, indicatorId: string) => `/partnerships/${partnershipId}/results/${resultId}/indicators/${indicatorId}/edit`,
  },
  partnershipMembers: { path: '/partnerships/:partnershipId/members', href: (partnershipId: string) => `/partnerships/${partnershipId}/members` },
  reports: { path: '/partnerships/:partnershipId/reports', href: (partnershipId: string) => `/partnerships/${partnershipId}/reports` },
  report: {
    path: '/partnerships/:partnershipId/reports/:year',
    href: (partnershipId: string, year: number) => `/partnerships/${partnershipId}/reports/${year}`,
  },
  printReport: {
    path: '/partnerships/:partnershipId/reports/:year/print',
    href: (partnershipId: string, year: number) => `/partnerships/${partnershipId}/reports/${year}/print`,
  },
} as const;

/** Only paths inside the app are followed after sign-in, never another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home.href();
}
