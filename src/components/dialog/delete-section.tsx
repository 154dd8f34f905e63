import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { writeErrorMessage } from '@/lib/write-errors';
import { AlertDialog } from './alert-dialog';

interface DeleteSectionProps {
  heading: string;
  button: string;
  confirmTitle: string;
  consequences: string;
  /** Runs the deletion and calls `close` once it has succeeded or failed. */
  onConfirm: (close: () => void) => void;
  isPending: boolean;
  error: unknown;
}

/** Deleting something for good, after a confirmation that says what goes with it. */
export function DeleteSection({ heading, button, confirmTitle, consequences, onConfirm, isPending, error }: DeleteSectionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-label={heading} className="danger-zone">
      <h2>{heading}</h2>
      <FormAlert messageKey={error ? writeErrorMessage(error) : null} />
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {button}
      </button>
      <AlertDialog
        title={confirmTitle}
        isOpen={confirming}
        onDismiss={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className="button button-danger" disabled={isPending} onClick={() => onConfirm(() => setConfirming(false))}>
              {t('delete.confirm')}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('delete.keep')}
            </button>
          </>
        }
      >
        <p>{consequences}</p>
      </AlertDialog>
    </section>
  );
}
