import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { CarriedItems } from '@/features/reports/components/carried-items';
import { ChangesSinceReturn } from '@/features/reports/components/changes-since-return';
import { CaseYearLine } from '@/features/reports/components/case-year-line';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { GoalCounts } from '@/features/partnerships/components/goal-counts';
import { reportQueries, type Report } from '@/features/reports/api/get-reports';
import { reportSections } from '@/features/reports/api/report-sections';
import { useStartReport } from '@/features/reports/api/write-report';
import { StartReport } from '@/features/reports/components/start-report';
import { SubmitReport } from '@/features/reports/components/submit-report';
import { CompletenessChecklist } from '@/features/reports/components/completeness-checklist';
import { CommentThread, NewCommentForm, type CommentPlace } from '@/features/reports/components/report-comments';
import { ReportEditor } from '@/features/reports/components/report-editor';
import { ReportFactsPanel } from '@/features/reports/components/report-facts-panel';
import { ReportStateBanner } from '@/features/reports/components/report-state-banner';
import { ReportIndicators } from '@/features/reports/components/report-indicators';
import { ReportTimeline } from '@/features/reports/components/report-timeline';
import { ReviewActions } from '@/features/reports/components/review-actions';
import { resultQueries } from '@/features/results/api/get-results';
import { sideIn, type roleIn, type Viewer } from '@/features/viewer/api/get-viewer';
import type { Side } from '@/features/reports/api/section-sides';
import { sideNamesOf, type SideNames } from '@/lib/sides';
import { PartnershipTabs } from './partnership-tabs';

export function ReportRoute() {
  const { t } = useTranslation();
  const { viewer, partnership, role } = usePartnershipContext();
  const partnershipId = partnership.id;
  const { year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const report = useQuery({ ...reportQueries.detail(partnershipId, year), enabled: Number.isInteger(year) });
  const start = useStartReport();
  if (!Number.isInteger(year)) return <NotFound />;
  if (report.isPending) return <Loading />;
  if (report.isError) throw report.error;
  return (
    <>
      <PageHeading>{t('reports.reportTitle', { partnership: partnership.name, year })}</PageHeading>
      <CaseYearLine year={year} project={partnership} />
      <PartnershipTabs partnershipId={partnershipId} name={partnership.name} />
      {report.data ? (
        <ReportWorkspace
          // A year's draft texts, versions and timers stay with that year's report.
          key={report.data.id}
          report={report.data}
          role={role}
          mySide={sideIn(viewer, partnershipId)}
          sideNames={sideNamesOf(partnership)}
          staffRole={viewer.staffRole}
          justStarted={start.isSuccess}
        />
      ) : (
        <>
          <p>{t('reports.notStartedYet', { year })}</p>
          {role && <StartReport partnershipId={partnershipId} year={year} start={start} />}
        </>
      )}
    </>
  );
}

interface ReportWorkspaceProps {
  report: Report;
  role: ReturnType<typeof roleIn>;
  mySide: Side | null;
  sideNames: SideNames;
  staffRole: Viewer['staffRole'];
  /** The start button is gone: the report's state takes the focus. */
  justStarted: boolean;
}

function ReportWorkspace({ report, role, mySide, sideNames, staffRole, justStarted }: ReportWorkspaceProps) {
  const { t } = useTranslation();
  const canWrite = role !== null;
  // The Swedish municipality answers for the report to the programme: its coordinator submits.
  const canSubmit = role === 'coordinator' && mySide === 'swedish';
  const results = useQuery(resultQueries.list(report.partnership_id));
  const frozen = report.status === 'submitted' || report.status === 'approved';
  const places: CommentPlace[] = [
    { about: 'report', label: t('comments.wholeReport') },
    ...reportSections.map((section) => ({ about: section, label: t(`reports.sections.${section}`) })),
    ...(results.data ?? []).flatMap((result) =>
      result.indicators.flatMap((indicator) =>
        indicator.indicator_values
          .filter((value) => value.year === report.year && value.sex === 'total')
          .map((value) => ({ about: `value:${value.id}`, label: t('comments.valueOf', { indicator: indicator.title, year: report.year }) })),
      ),
    ),
  ];
  const labels = new Map(places.map((place) => [place.about, place.label]));
  const thread = (about: string) => <CommentThread report={report} about={about} aboutLabel={labels.get(about) ?? ''} canComment />;
  const indicatorHref = (resultId: string, indicatorId: string) => paths.indicator.href(report.partnership_id, resultId, indicatorId, report.year);
  const resultOf = (indicatorId: string) => results.data?.find((result) => result.indicators.some((indicator) => indicator.id === indicatorId));
  return (
    <>
      <ReportStateBanner report={report} focusNow={justStarted} />
      <ChangesSinceReturn reportId={report.id} />
      <CarriedItems report={report} canDecide={canWrite && !frozen} />
      <p>
        <Link to={paths.printReport.href(report.partnership_id, report.year)}>{t('print.link')}</Link>
      </p>
      <div className="report-layout">
        <ReportEditor
          report={report}
          readOnly={!canWrite || frozen}
          sideNames={sideNames}
          mySide={mySide}
          isCoordinator={role === 'coordinator'}
          sectionExtras={thread}
        />
        <aside aria-labelledby="facts-heading" className="report-aside">
          <h2 id="facts-heading">{t('reports.factsTitle', { year: report.year })}</h2>
          <ReportFactsPanel reportId={report.id} />
        </aside>
      </div>
      {/* Five columns need more room than the aside beside the narrative has: the goal table gets the page's width. */}
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('reports.byGoal')}</h2>
        <GoalCounts partnershipId={report.partnership_id} year={report.year} />
      </section>
      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('reports.indicatorsTitle', { year: report.year })}</h2>
        <ReportIndicators
          reportId={report.id}
          indicatorHref={indicatorHref}
          valueExtras={(valueId) => thread(`value:${valueId}`)}
        />
      </section>
      <EvidencePanel partnershipId={report.partnership_id} owner={{ report_id: report.id }} canEdit={canWrite && !frozen} heading={t('evidence.title')} />
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('comments.title')}</h2>
        {thread('report')}
        <NewCommentForm report={report} places={places} />
      </section>
      {staffRole && <ReviewActions report={report} admin={staffRole === 'admin'} />}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('review.timeline')}</h2>
        <ReportTimeline reportId={report.id} />
      </section>
      {!frozen && canWrite && (
        <section aria-labelledby="submit-heading" className="submit-zone">
          <h2 id="submit-heading">{t('reports.checklistTitle')}</h2>
          <CompletenessChecklist
            reportId={report.id}
            sideNames={sideNames}
            linkTo={{
              activity: (activityId) => paths.activity.href(report.partnership_id, activityId),
              // The indicator's own page, where its values are entered; this page only shows them.
              indicator: (indicatorId) => {
                const result = resultOf(indicatorId);
                return result ? indicatorHref(result.id, indicatorId) : `#year-indicator-${indicatorId}`;
              },
            }}
          />
          {canSubmit ? <SubmitReport report={report} /> : <p className="muted">{t('reports.onlyCoordinators')}</p>}
        </section>
      )}
    </>
  );
}
