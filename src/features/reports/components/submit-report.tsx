import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertDialog } from '@/components/dialog/alert-dialog';
import { FormAlert } from '@/components/form/form-alert';
import { reportQueries, type Report } from '../api/get-reports';
import { reportErrorMessage, useSubmitReport } from '../api/write-report';

/** Submitting for review, after a confirmation that says what freezes; possible once the report is complete. */
export function SubmitReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitReport();
  const completeness = useQuery(reportQueries.completeness(report.id));
  return (
    <>
      <FormAlert messageKey={submit.isError ? reportErrorMessage(submit.error) : null} />
      <button type="button" className="button button-primary" disabled={!completeness.data?.complete} onClick={() => setConfirming(true)}>
        {t('reports.submit')}
      </button>
      <AlertDialog
        title={t('reports.submitTitle', { year: report.year })}
        isOpen={confirming}
        onDismiss={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className="button button-primary" disabled={submit.isPending} onClick={() => submit.mutate(report.id, { onSettled: () => setConfirming(false) })}>
              {t('reports.submitConfirm')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('reports.notYet')}
            </button>
          </>
        }
      >
        <p>{t('reports.submitBody', { year: report.year })}</p>
      </AlertDialog>
    </>
  );
}
