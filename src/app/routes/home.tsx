import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { MyInvitations } from '@/features/administration/components/my-invitations';
import { paths } from '@/config/paths';
import { NextDeadline } from '@/features/programme/components/next-deadline';
import { OpenObligations } from '@/features/reports/components/open-obligations';
import { ReviewNotifications } from '@/features/reports/components/review-notifications';
import { WaitingForReview } from '@/features/reports/components/waiting-for-review';
import { GoalList } from '@/components/sdg/goal-list';
import type { Viewer } from '@/features/viewer/api/get-viewer';
import { useFormat } from '@/lib/format';
import { ProgrammeEntryPoints } from './programme-entry-points';

export function HomeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useOutletContext<Viewer>();
  const name = viewer.profile.full_name || '';
  return (
    <>
      <PageHeading>{t('home.greeting', { name })}</PageHeading>
      <MyInvitations />
      {viewer.memberships.length > 0 && <OpenObligations reportHref={paths.report.href} />}
      <ReviewNotifications partnershipIds={viewer.memberships.map((membership) => membership.partnership.id)} reportHref={paths.report.href} />
      {viewer.staffRole && (
        <section aria-labelledby="programme-heading">
          <h2 id="programme-heading">{t('home.programmeTitle')}</h2>
          <WaitingForReview queueHref={paths.reviews.href()} />
          <p>
            {t('home.programmeIntro')} <Link to={paths.programme.href()}>{t('nav.programme')}</Link>
          </p>
          <ProgrammeEntryPoints admin={viewer.staffRole === 'admin'} headingLevel={3} />
        </section>
      )}
      {(viewer.memberships.length > 0 || !viewer.staffRole) && (
        <section aria-labelledby="partnerships-heading">
          <h2 id="partnerships-heading">{t('home.partnershipsTitle')}</h2>
          <NextDeadline />
          {viewer.memberships.length === 0 ? (
            <p>{t('home.noPartnerships')}</p>
          ) : (
            <ul className="card-list">
              {viewer.memberships.map(({ role, partnership }) => {
                const latest = partnership.reports[0];
                return (
                  <li key={partnership.id} className="card">
                    <h3>
                      <Link to={paths.partnership.href(partnership.id)}>{partnership.name}</Link>
                    </h3>
                    <p>{t('home.yourRole', { role: t(`roles.${role}`) })}</p>
                    <p className={latest ? `report-state report-state-${latest.status}` : 'report-state'}>
                      {latest ? t('home.reportState', { year: latest.year, state: t(`reportStatus.${latest.status}`) }) : t('home.noReport')}
                    </p>
                    {latest?.submitted_at && <p className="muted">{t('home.submittedOn', { date: format.date(latest.submitted_at) })}</p>}
                    <GoalList goalIds={partnership.focus_goal_ids} label={t('partnership.focusGoals')} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
