import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { AlertDialog } from '@/components/dialog/alert-dialog';
import { drafts, type Draft } from '@/lib/drafts';
import { useFormat } from '@/lib/format';

/**
 * Keeps a form's unsaved work: every change is kept as a draft on this device (offered back after
 * a reload or a lost connection), and leaving the page with unsaved changes asks first.
 * Call markSaved() once the database has the values, before navigating on.
 */
export function useWorkProtection<Values extends FieldValues>(form: UseFormReturn<Values, unknown, unknown>, draftKey: string) {
  const { t } = useTranslation();
  const format = useFormat();
  const dirty = useRef(false);
  const [offered, setOffered] = useState<Draft<Values> | null>(() => drafts.read<Values>(draftKey));

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true, isDirty: true },
        callback: ({ values, isDirty }) => {
          dirty.current = Boolean(isDirty);
          if (isDirty) drafts.write(draftKey, values);
          else drafts.remove(draftKey);
        },
      }),
    [form, draftKey],
  );

  useEffect(() => {
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => window.removeEventListener('beforeunload', warnBeforeUnload);
  }, []);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname);

  const markSaved = useCallback(() => {
    dirty.current = false;
    drafts.remove(draftKey);
    setOffered(null);
  }, [draftKey]);

  const restoreDraft = () => {
    if (!offered) return;
    form.reset(offered.values, { keepDefaultValues: true });
    setOffered(null);
  };

  const discardDraft = () => {
    drafts.remove(draftKey);
    setOffered(null);
  };

  const draftNotice = offered ? (
    <div className="notice" role="status">
      <p>{t('work.draftFound', { time: format.dateTime(offered.savedAt) })}</p>
      <button type="button" className="button button-primary" onClick={restoreDraft}>
        {t('work.restoreDraft')}
      </button>
      <button type="button" className="button" onClick={discardDraft}>
        {t('work.discardDraft')}
      </button>
    </div>
  ) : null;

  const leaveDialog = (
    <AlertDialog
      title={t('work.leaveTitle')}
      isOpen={blocker.state === 'blocked'}
      onDismiss={() => blocker.reset?.()}
      actions={
        <>
          <button type="button" className="button button-primary" autoFocus onClick={() => blocker.reset?.()}>
            {t('work.stay')}
          </button>
          <button type="button" className="button button-danger" onClick={() => {
            markSaved();
            blocker.proceed?.();
          }}>
            {t('work.leave')}
          </button>
        </>
      }
    >
      <p>{t('work.leaveBody')}</p>
    </AlertDialog>
  );

  return { draftNotice, leaveDialog, markSaved };
}
