import { useTranslation } from 'react-i18next';

/** A form's submit button that says when it is saving, or waiting for the connection to return. */
export function SaveButton({ mutation, label }: { mutation: { isPending: boolean; isPaused: boolean }; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      {mutation.isPaused && (
        <p role="status" className="muted">
          {t('work.waitingForConnection')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {mutation.isPending ? t('auth.saving') : label}
      </button>
    </>
  );
}
