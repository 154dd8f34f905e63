import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { CaseYearLine } from '@/features/reports/components/case-year-line';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { sideNamesOf } from '@/lib/sides';
import { GoalCounts } from '@/features/partnerships/components/goal-counts';
import { reportQueries } from '@/features/reports/api/get-reports';
import { reportSections, type ReportSection } from '@/features/reports/api/report-sections';
import { sectionQueries } from '@/features/reports/api/section-sides';
import { useLanguageName } from '@/features/reports/components/language-name';
import { ReportFactsPanel } from '@/features/reports/components/report-facts-panel';
import { ReportIndicators } from '@/features/reports/components/report-indicators';
import { useFormat } from '@/lib/format';

/** A section as written: who wrote it, its English and every other language, each with its tag. */
function PrintedSection({ reportId, section, english }: { reportId: string; section: ReportSection; english: string }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const texts = useQuery(sectionQueries.texts(reportId));
  const status = useQuery(sectionQueries.status(reportId));
  const owner = status.data?.find((row) => row.section === section)?.owner_name;
  const others = (texts.data ?? []).filter((text) => text.section === section && text.body.trim() !== '');
  return (
    <section className="print-section">
      <h2>{t(`reports.sections.${section}`)}</h2>
      {owner && <p className="muted">{t('reports.sides.writtenBy', { organisation: owner })}</p>}
      {others.length > 0 && <h3>{t('print.inLanguage', { language: languageName('en'), tag: 'en' })}</h3>}
      <p className="print-text" lang="en">
        {english || t('print.empty')}
      </p>
      {others.map((text) => (
        <div key={text.language}>
          <h3>{t('print.inLanguage', { language: languageName(text.language), tag: text.language })}</h3>
          <p className="print-text" lang={text.language}>
            {text.body}
          </p>
        </div>
      ))}
    </section>
  );
}

// The chart library loads only with the pages that draw charts.
const GoalCountsChart = lazy(() => import('@/features/partnerships/components/goal-counts-chart').then((module) => ({ default: module.GoalCountsChart })));

/** A report with its data tables and chart, laid out for printing or saving as PDF, in the reader's language. */
export function PrintReportRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { partnership } = usePartnershipContext();
  const partnershipId = partnership.id;
  const { year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const report = useQuery({ ...reportQueries.detail(partnershipId, year), enabled: Number.isInteger(year) });
  if (!Number.isInteger(year)) return <NotFound />;
  if (report.isPending) return <Loading />;
  if (report.isError) throw report.error;
  if (!report.data) return <NotFound />;
  const loaded = report.data;
  const sides = sideNamesOf(partnership);
  return (
    <article className="printable">
      <p className="print-actions">
        <Link to={paths.report.href(partnershipId, year)}>{t('print.back')}</Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </p>
      <PageHeading>{t('reports.reportTitle', { partnership: partnership.name, year })}</PageHeading>
      <CaseYearLine year={year} project={partnership} />
      <dl className="facts">
        <dt>{t('partnership.swedishSide')}</dt>
        <dd>{sides.swedish}</dd>
        <dt>{t('partnership.partnerSide')}</dt>
        <dd>{sides.partner}</dd>
        <dt>{t('reports.state')}</dt>
        <dd>{t(`reportStatus.${report.data.status}`)}</dd>
        {report.data.submitted_at && (
          <>
            <dt>{t('reports.submitted')}</dt>
            <dd>{format.date(report.data.submitted_at)}</dd>
          </>
        )}
        <dt>{t('print.printedOn')}</dt>
        <dd>{format.date(new Date())}</dd>
      </dl>
      {reportSections.map((section) => (
        <PrintedSection key={section} reportId={loaded.id} section={section} english={loaded[section]} />
      ))}
      <section className="print-section">
        <h2>{t('reports.factsTitle', { year })}</h2>
        <ReportFactsPanel reportId={report.data.id} />
      </section>
      <section className="print-section">
        <h2>{t('reports.byGoal')}</h2>
        <Suspense fallback={<Loading />}>
          <GoalCountsChart partnershipId={partnershipId} year={year} />
        </Suspense>
        <GoalCounts partnershipId={partnershipId} year={year} />
      </section>
      <section className="print-section">
        <h2>{t('reports.indicatorsTitle', { year })}</h2>
        <ReportIndicators reportId={report.data.id} indicatorHref={(resultId, indicatorId) => paths.indicator.href(partnershipId, resultId, indicatorId)} />
      </section>
    </article>
  );
}
