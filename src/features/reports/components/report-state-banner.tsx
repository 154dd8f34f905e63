import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Report } from '../api/get-reports';

/**
 * Where the report stands. It takes the focus when the state changes here (submitted, returned,
 * approved), or at once when asked (just started): the buttons that did it are gone, and keyboard
 * and screen-reader users learn the outcome instead of starting again from the top.
 */
export function ReportStateBanner({ report, focusNow = false }: { report: Report; focusNow?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const banner = useRef<HTMLDivElement>(null);
  const shownStatus = useRef(focusNow ? null : report.status);
  useEffect(() => {
    if (shownStatus.current !== report.status) banner.current?.focus();
    shownStatus.current = report.status;
  }, [report.status]);
  const frozen = report.status === 'submitted' || report.status === 'approved';
  return (
    <div ref={banner} tabIndex={-1} className={`notice ${frozen ? 'notice-frozen' : ''}`} role="status">
      <p>{t(`reports.banner.${report.status}`, { year: report.year, date: report.submitted_at ? format.date(report.submitted_at) : '' })}</p>
    </div>
  );
}
