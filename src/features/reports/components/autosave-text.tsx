import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleEditDialog } from '@/components/form/stale-edit-dialog';
import { drafts } from '@/lib/drafts';
import { useFormat } from '@/lib/format';
import type { LastEditor } from '@/lib/last-editor';
import { writeErrorMessage } from '@/lib/write-errors';
import type { TextSaveInput, TextSaveOutcome } from '../api/report-sections';

const autosaveDelay = 1200;

interface AutosaveTextProps {
  id: string;
  label: string;
  hint: string;
  /** The language the text is written in, for screen readers and spelling. */
  lang: string;
  /** The text as saved. */
  remote: string;
  /** Where unsaved text waits on this device. */
  draftKey: string;
  readOnly: boolean;
  save: UseMutationResult<TextSaveOutcome, Error, TextSaveInput>;
  lastEditor: () => Promise<LastEditor | null>;
  /** Another language's text to start from while this one is empty. */
  startFrom?: { label: string; text: string };
  /** The writer is at work in the field (typing or focused). */
  onActivity?: () => void;
}

/**
 * A text saved as the writer types (after a pause) with its state shown. Unsaved text is kept as
 * a draft on the device; a change someone else saved to the same text is shown beside the
 * writer's text instead of being overwritten.
 */
export function AutosaveText({ id, label, hint, lang, remote, draftKey, readOnly, save, lastEditor, startFrom, onActivity }: AutosaveTextProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState(remote);
  const [base, setBase] = useState(remote);
  const [offered, setOffered] = useState(() => {
    const draft = drafts.read<string>(draftKey);
    return draft && draft.values !== remote ? draft : null;
  });
  const [conflict, setConflict] = useState<{ saved: string; savedAt: string | null } | null>(null);
  const [savedBy, setSavedBy] = useState<LastEditor | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Someone else's saved change shows up here as long as the writer has not changed this text.
  const [seenRemote, setSeenRemote] = useState(remote);
  if (remote !== seenRemote) {
    setSeenRemote(remote);
    if (text === base) {
      setText(remote);
      setBase(remote);
    }
  }

  const send = (mine: string, overwrite = false) =>
    save.mutate(
      { base, mine, overwrite },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'conflict') {
            // The dialog opens once it can say who saved first.
            void lastEditor().then((editor) => {
              setSavedBy(editor);
              setConflict(outcome);
            });
            return;
          }
          setBase(mine);
          drafts.remove(draftKey);
        },
      },
    );

  const change = (next: string) => {
    setText(next);
    setOffered(null);
    drafts.write(draftKey, next);
    onActivity?.();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), autosaveDelay);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  const state = save.isPaused ? 'offline' : save.isPending ? 'saving' : save.isError ? 'error' : text !== base ? 'unsaved' : 'saved';
  return (
    <div className="field autosave-text">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {offered && !readOnly && (
        <div className="notice" role="status">
          <p>{t('work.draftFound', { time: format.dateTime(offered.savedAt) })}</p>
          <button type="button" className="button button-primary" onClick={() => change(offered.values)}>
            {t('work.restoreDraft')}
          </button>
          <button type="button" className="button" onClick={() => (drafts.remove(draftKey), setOffered(null))}>
            {t('work.discardDraft')}
          </button>
        </div>
      )}
      <textarea id={id} lang={lang} rows={6} value={text} readOnly={readOnly} aria-describedby={`${id}-hint ${id}-state`} onFocus={onActivity} onChange={(event) => change(event.target.value)} />
      {!readOnly && startFrom && text.trim() === '' && startFrom.text.trim() !== '' && (
        <button type="button" className="button button-small" onClick={() => change(startFrom.text)}>
          {t('reports.languages.startFrom', { language: startFrom.label })}
          <span className="visually-hidden"> {t('reports.languages.startFromFor', { field: label })}</span>
        </button>
      )}
      <p id={`${id}-state`} className={`save-state save-state-${state}`} aria-live="polite">
        {readOnly ? '' : state === 'error' ? t(writeErrorMessage(save.error)) : t(`reports.saveState.${state}`)}
      </p>
      <StaleEditDialog
        isOpen={conflict !== null}
        savedAt={conflict?.savedAt ?? null}
        savedBy={savedBy}
        changes={conflict ? [{ field: id, label, saved: conflict.saved || '—', yours: text || '—' }] : []}
        onReload={() => {
          if (conflict) {
            setText(conflict.saved);
            setBase(conflict.saved);
          }
          drafts.remove(draftKey);
          setConflict(null);
        }}
        onReapply={() => {
          if (conflict) setBase(conflict.saved);
          setConflict(null);
          send(text, true);
        }}
        onDismiss={() => setConflict(null)}
      />
    </div>
  );
}
