import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { carryForwardErrorMessage, yearToCarryFrom } from '../api/carry-forward';
import { reportQueries } from '../api/get-reports';
import type { useStartReport } from '../api/write-report';

interface StartReportProps {
  partnershipId: string;
  year: number;
  start: ReturnType<typeof useStartReport>;
}

/** Starting a year's report: from the newest earlier report (proposals to decide, on by default), or empty. */
export function StartReport({ partnershipId, year, start }: StartReportProps) {
  const { t } = useTranslation();
  const reports = useQuery(reportQueries.byPartnership(partnershipId));
  const fromYear = reports.data && yearToCarryFrom(reports.data.map((report) => report.year), year);
  const [carryForward, setCarryForward] = useState(true);
  const startReport = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ partnershipId, year, carryForward: fromYear !== undefined && carryForward });
  };
  return (
    <form onSubmit={startReport}>
      <FormAlert messageKey={start.isError ? carryForwardErrorMessage(start.error) : null} />
      {fromYear !== undefined && (
        <div>
          <label className="checkbox-field">
            <input type="checkbox" checked={carryForward} aria-describedby="carry-forward-hint" onChange={(event) => setCarryForward(event.target.checked)} />
            {t('carryForward.offer', { year: fromYear })}
          </label>
          <p id="carry-forward-hint" className="field-hint">
            {t('carryForward.offerHint', { year: fromYear, next: year })}
          </p>
        </div>
      )}
      <p>
        <button type="submit" className="button button-primary" disabled={start.isPending || reports.isPending}>
          {t('reports.start', { year })}
        </button>
      </p>
    </form>
  );
}
