import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { nextDeadline, reportingDeadlinesQuery } from '../api/reporting-deadlines';

/** The next report deadline of the programme's calendar, when there is one. */
export function NextDeadline() {
  const { t } = useTranslation();
  const format = useFormat();
  const deadlines = useQuery(reportingDeadlinesQuery());
  const next = deadlines.data ? nextDeadline(deadlines.data) : null;
  if (!next) return null;
  return <p className="notice">{t('calendar.next', { year: next.year, date: format.date(next.due_on) })}</p>;
}
