import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { getLastEditor, type LastEditor } from '@/lib/last-editor';
import { isStaleEdit } from '@/lib/write-errors';
import { StaleEditDialog, type FieldChange } from './stale-edit-dialog';
import { useWorkProtection } from './use-work-protection';

/** A row as loaded: its version (or, for a set of rows, their versions) and when it was last saved. */
interface Versioned {
  version: unknown;
  updated_at: string;
}

interface SaveCallbacks<Saved> {
  onSuccess: (saved: Saved) => void;
  onError: (error: Error) => void;
}

interface GuardedSaveOptions<Input extends FieldValues, Output, Row extends Versioned, Saved> {
  form: UseFormReturn<Input, unknown, Output>;
  draftKey: string;
  /** The row being edited, as loaded; none when creating. */
  loaded?: Row;
  toInput: (row: Row) => Input;
  describeChanges: (saved: Input, yours: Input) => FieldChange[];
  fetchLatest: () => Promise<Row | null>;
  /** Sends the values, as of the given version of the row (none when creating). */
  persist: (values: Output, version: Row['version'] | undefined, callbacks: SaveCallbacks<Saved>) => void;
  /** The version the database has after a save. */
  savedVersion: (saved: Saved) => Row['version'];
  onSaved: (saved: Saved) => void;
  /** The row's place in the history, so that the stale-edit dialog can say who saved first. */
  historyOf?: { table: string; rowId: string };
}

/**
 * Saving a form without losing anyone's work: drafts and the leave warning of useWorkProtection,
 * plus the version the form was loaded at. When someone else saved first, the stale-edit dialog
 * shows the difference and lets the person take the saved version or save theirs on top of it.
 */
export function useGuardedSave<Input extends FieldValues, Output, Row extends Versioned, Saved>(options: GuardedSaveOptions<Input, Output, Row, Saved>) {
  const { form, draftKey, loaded, toInput, describeChanges, fetchLatest, persist, savedVersion, onSaved, historyOf } = options;
  const protection = useWorkProtection(form, draftKey);
  const [version, setVersion] = useState<Row['version'] | undefined>(loaded?.version);
  const [conflict, setConflict] = useState<{ latest: Row | null; yours: Output; savedBy: LastEditor | null } | null>(null);

  const saveValues = (values: Output, atVersion = version) =>
    persist(values, atVersion, {
      onSuccess: (saved) => {
        protection.markSaved();
        form.reset(form.getValues());
        setVersion(savedVersion(saved));
        onSaved(saved);
      },
      onError: async (error) => {
        if (!loaded || !isStaleEdit(error)) return;
        const [latest, savedBy] = await Promise.all([fetchLatest(), historyOf ? getLastEditor(historyOf.table, historyOf.rowId) : null]);
        setConflict({ latest, yours: values, savedBy });
      },
    });

  const takeSaved = () => {
    if (conflict?.latest) {
      form.reset(toInput(conflict.latest));
      setVersion(conflict.latest.version);
    }
    protection.markSaved();
    setConflict(null);
  };

  const saveMineOnTop = () => {
    if (!conflict?.latest) return;
    setVersion(conflict.latest.version);
    setConflict(null);
    saveValues(conflict.yours, conflict.latest.version);
  };

  const dialogs = (
    <>
      {protection.leaveDialog}
      <StaleEditDialog
        isOpen={conflict !== null}
        savedAt={conflict?.latest?.updated_at ?? null}
        savedBy={conflict?.savedBy}
        changes={conflict?.latest ? describeChanges(toInput(conflict.latest), form.getValues()) : []}
        onReload={takeSaved}
        onReapply={conflict?.latest ? saveMineOnTop : undefined}
        onDismiss={() => setConflict(null)}
      />
    </>
  );

  return {
    submit: (values: Output) => saveValues(values),
    /** Whether an error is the stale edit the dialog already explains. */
    explained: (error: unknown) => Boolean(loaded) && isStaleEdit(error),
    draftNotice: protection.draftNotice,
    dialogs,
  };
}
