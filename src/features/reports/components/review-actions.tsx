import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertDialog } from '@/components/dialog/alert-dialog';
import { FormAlert } from '@/components/form/form-alert';
import type { Report } from '../api/get-reports';
import { useMoveReport } from '../api/review-report';
import { reportErrorMessage } from '../api/write-report';

type Action = 'return' | 'approve' | 'reopen';

/** What programme staff do with a report: return it with a comment or approve it; admins reopen an approved one. */
export function ReviewActions({ report, admin }: { report: Report; admin: boolean }) {
  const { t } = useTranslation();
  const move = useMoveReport();
  const [action, setAction] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const available: Action[] = report.status === 'submitted' ? ['return', 'approve'] : report.status === 'approved' && admin ? ['reopen'] : [];
  if (available.length === 0) return null;

  const confirm = () => {
    if (action !== 'approve' && !text.trim()) return setTextError(action === 'return' ? 'reports.errors.comment_required' : 'reports.errors.reason_required');
    const transition = action === 'return' ? { kind: 'return' as const, comment: text } : action === 'reopen' ? { kind: 'reopen' as const, reason: text } : { kind: 'approve' as const };
    move.mutate({ reportId: report.id, transition }, { onSuccess: () => setAction(null) });
  };

  return (
    <section aria-labelledby="review-heading" className="review-actions">
      <h2 id="review-heading">{t('review.title')}</h2>
      <FormAlert messageKey={move.isError ? reportErrorMessage(move.error) : null} />
      <div className="dialog-actions">
        {available.map((option) => (
          <button
            key={option}
            type="button"
            className={option === 'approve' ? 'button button-primary' : 'button'}
            onClick={() => {
              setText('');
              setTextError(null);
              setAction(option);
            }}
          >
            {t(`review.${option}`)}
          </button>
        ))}
      </div>
      <AlertDialog
        title={action ? t(`review.${action}Title`, { year: report.year }) : ''}
        isOpen={action !== null}
        onDismiss={() => setAction(null)}
        actions={
          <>
            <button type="button" className="button button-primary" disabled={move.isPending} onClick={confirm}>
              {action && t(`review.${action}Confirm`)}
            </button>
            <button type="button" className="button" onClick={() => setAction(null)}>
              {t('reports.notYet')}
            </button>
          </>
        }
      >
        <p>{action && t(`review.${action}Body`, { year: report.year })}</p>
        {action && action !== 'approve' && (
          <div className="field">
            <label htmlFor="review-text">{t(`review.${action}Text`)}</label>
            <textarea
              id="review-text"
              rows={4}
              value={text}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? 'review-text-error' : undefined}
              onChange={(event) => setText(event.target.value)}
            />
            {textError && (
              <p id="review-text-error" className="field-error">
                {t(textError)}
              </p>
            )}
          </div>
        )}
      </AlertDialog>
    </section>
  );
}
