import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertDialog } from './alert-dialog';

interface ConfirmButtonProps {
  /** The button's text, and its name for screen readers when the text alone is ambiguous in a table. */
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  children: ReactNode;
}

/** A button for a change that takes something away, which asks first and says what follows. */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm, disabled, children }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button-danger" aria-label={accessibleLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
      <AlertDialog
        title={question}
        isOpen={asking}
        onDismiss={() => setAsking(false)}
        actions={
          <>
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                setAsking(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
              {t('delete.keep')}
            </button>
          </>
        }
      >
        {children}
      </AlertDialog>
    </>
  );
}
