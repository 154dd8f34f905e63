import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleEditDialog } from '@/components/form/stale-edit-dialog';
import { drafts } from '@/lib/drafts';
import { useFormat } from '@/lib/format';
import { getLastEditor, type LastEditor } from '@/lib/last-editor';
import { writeErrorMessage } from '@/lib/write-errors';
import type { Report } from '../api/get-reports';
import { sectionFieldId, type ReportSection } from '../api/report-sections';
import { useSaveReportSection } from '../api/write-report';

const autosaveDelay = 1200;

interface SectionFieldProps {
  report: Report;
  section: ReportSection;
  readOnly: boolean;
  /** The report version the writer is at, shared by all sections of the editor. */
  version: { current: number };
  /** What belongs under the section, like the reviewers' comments on it. */
  extras?: ReactNode;
}

/**
 * One narrative section, saved as the writer types (after a pause) with its state shown. Unsaved
 * text is kept as a draft on the device; a change someone else saved to the same section is shown
 * beside the writer's text instead of being overwritten.
 */
export function SectionField({ report, section, readOnly, version, extras }: SectionFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = sectionFieldId(section);
  const draftKey = `report:${report.id}:${section}`;
  const remote = report[section];
  const [text, setText] = useState(remote);
  const [base, setBase] = useState(remote);
  const [offered, setOffered] = useState(() => {
    const draft = drafts.read<string>(draftKey);
    return draft && draft.values !== remote ? draft : null;
  });
  const [conflict, setConflict] = useState<Report | null>(null);
  const [savedBy, setSavedBy] = useState<LastEditor | null>(null);
  const save = useSaveReportSection();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Someone else's saved change shows up here as long as the writer has not changed this section.
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
      { report, section, base, mine, version: version.current, overwrite },
      {
        onSuccess: (outcome) => {
          version.current = outcome.report.version;
          if (outcome.kind === 'conflict') {
            // The dialog opens once it can say who saved first.
            void getLastEditor('reports', report.id).then((editor) => {
              setSavedBy(editor);
              setConflict(outcome.report);
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
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), autosaveDelay);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  const state = save.isPaused ? 'offline' : save.isPending ? 'saving' : save.isError ? 'error' : text !== base ? 'unsaved' : 'saved';
  return (
    <div className="field report-section" id={`section-${section}`}>
      <label htmlFor={id}>{t(`reports.sections.${section}`)}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t(`reports.hints.${section}`)}
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
      <textarea id={id} rows={6} value={text} readOnly={readOnly} aria-describedby={`${id}-hint ${id}-state`} onChange={(event) => change(event.target.value)} />
      <p id={`${id}-state`} className={`save-state save-state-${state}`} aria-live="polite">
        {readOnly ? '' : state === 'error' ? t(writeErrorMessage(save.error)) : t(`reports.saveState.${state}`)}
      </p>
      {extras}
      <StaleEditDialog
        isOpen={conflict !== null}
        savedAt={conflict?.updated_at ?? null}
        savedBy={savedBy}
        changes={conflict ? [{ field: section, label: t(`reports.sections.${section}`), saved: conflict[section] || '—', yours: text || '—' }] : []}
        onReload={() => {
          if (conflict) {
            setText(conflict[section]);
            setBase(conflict[section]);
          }
          drafts.remove(draftKey);
          setConflict(null);
        }}
        onReapply={() => {
          if (conflict) setBase(conflict[section]);
          setConflict(null);
          send(text, true);
        }}
        onDismiss={() => setConflict(null)}
      />
    </div>
  );
}
