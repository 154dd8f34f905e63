import { useTranslation } from 'react-i18next';
import { AlertDialog } from '@/components/dialog/alert-dialog';
import { useFormat } from '@/lib/format';
import type { LastEditor } from '@/lib/last-editor';

export interface FieldChange {
  field: string;
  label: string;
  saved: string;
  yours: string;
}

interface StaleEditDialogProps {
  isOpen: boolean;
  savedAt: string | null;
  /** Who saved it, when the history tells; otherwise the dialog says "someone else". */
  savedBy?: LastEditor | null;
  changes: FieldChange[];
  onReload: () => void;
  /** None when the row is gone: there is nothing to put the changes on. */
  onReapply?: () => void;
  onDismiss: () => void;
}

/**
 * Someone else (or the viewer, on another device or tab) saved first. Shows, field by field, what is saved now beside the viewer's unsaved
 * version, and lets them take the saved one or put theirs on top of it; never both silently.
 */
export function StaleEditDialog({ isOpen, savedAt, savedBy, changes, onReload, onReapply, onDismiss }: StaleEditDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // A deleted row has no saver to name.
  const who = !savedAt ? '' : savedBy?.self ? 'You' : savedBy?.name ? 'Named' : '';
  const name = savedBy && !savedBy.self ? savedBy.name : null;
  return (
    <AlertDialog
      title={t(`work.staleTitle${who}`, { name })}
      isOpen={isOpen}
      onDismiss={onDismiss}
      actions={
        <>
          {onReapply && (
            <button type="button" className="button button-primary" onClick={onReapply}>
              {t('work.reapply')}
            </button>
          )}
          <button type="button" className="button" onClick={onReload}>
            {t('work.reload')}
          </button>
        </>
      }
    >
      <p>{savedAt ? t(`work.staleBody${who}`, { time: format.dateTime(savedAt), name }) : t('work.staleGone')}</p>
      {changes.length > 0 ? (
        <table className="changes">
          <caption className="visually-hidden">{t('work.changesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('work.field')}</th>
              <th scope="col">{t('work.savedVersion')}</th>
              <th scope="col">{t('work.yourVersion')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label}</th>
                <td>{change.saved}</td>
                <td>{change.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        savedAt && <p>{t('work.noDifference')}</p>
      )}
    </AlertDialog>
  );
}
