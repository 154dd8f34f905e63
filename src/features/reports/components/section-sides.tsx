import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import type { SideNames } from '@/lib/sides';
import { useFormat } from '@/lib/format';
import type { ReportSection } from '../api/report-sections';
import { useMarkSectionReady, useSetSectionOwner, type SectionStatus, type Side } from '../api/section-sides';
import { reportErrorMessage } from '../api/write-report';
import { useLanguageName } from './language-name';

interface SectionSidesProps {
  reportId: string;
  section: ReportSection;
  status: SectionStatus;
  sideNames: SideNames;
  /** The viewer's side when they write the report; null for readers (staff, or a frozen report). */
  mySide: Side | null;
  canHandOver: boolean;
  /** Who else is writing this section now. */
  present: { full_name: string }[];
  /** Who last wrote the section in each language other than English. */
  writers: { language: string; name: string | null }[];
}

/**
 * Who writes a section and where each side stands with it: drafting, or ready (by whom, when);
 * whether its English lags behind another language; who else is at it right now.
 */
export function SectionSides({ reportId, section, status, sideNames, mySide, canHandOver, present, writers }: SectionSidesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const markReady = useMarkSectionReady(reportId);
  const setOwner = useSetSectionOwner(reportId);
  const sectionName = t(`reports.sections.${section}`);
  const readyOf = (side: Side) =>
    side === 'swedish' ? { at: status.swedish_ready_at, by: status.swedish_ready_by_name } : { at: status.partner_ready_at, by: status.partner_ready_by_name };
  const mine = mySide ? readyOf(mySide) : null;
  const ownerSelectId = `section-owner-${section}`;
  return (
    <div className="section-sides">
      {canHandOver ? (
        <p className="field-inline">
          <label htmlFor={ownerSelectId}>{t('reports.sides.writtenByLabel', { section: sectionName })}</label>{' '}
          <select id={ownerSelectId} value={status.owner_side} disabled={setOwner.isPending} onChange={(event) => setOwner.mutate({ section, owner: event.target.value as Side })}>
            <option value="swedish">{sideNames.swedish}</option>
            <option value="partner">{sideNames.partner}</option>
          </select>
        </p>
      ) : (
        <p>{t('reports.sides.writtenBy', { organisation: status.owner_name ?? sideNames[status.owner_side] })}</p>
      )}
      <ul className="side-states" aria-label={t('reports.sides.statesOf', { section: sectionName })}>
        {(['swedish', 'partner'] as const).map((side) => {
          const { at, by } = readyOf(side);
          return (
            <li key={side} className={at ? 'side-ready' : 'side-drafting'}>
              {at
                ? t('reports.sides.ready', { side: sideNames[side], name: by ?? t('reports.sides.someone'), date: format.date(at) })
                : t('reports.sides.drafting', { side: sideNames[side] })}
              {side === status.owner_side && <span className="muted"> {t('reports.sides.owner')}</span>}
            </li>
          );
        })}
      </ul>
      {(status.english_edited_by_name || writers.some((writer) => writer.name)) && (
        <p className="muted">
          {t('reports.sides.lastWritten', {
            writers: format.list(
              [{ language: 'en', name: status.english_edited_by_name }, ...writers]
                .filter((writer) => writer.name)
                .map((writer) => t('reports.sides.writerIn', { name: writer.name, language: languageName(writer.language) })),
            ),
          })}
        </p>
      )}
      {status.translation_needed && <p className="badge badge-warning">{t('reports.languages.translationNeeded')}</p>}
      {present.length > 0 && (
        <p className="presence" role="status">
          {t('reports.presence.editing', { names: format.list(present.map((person) => person.full_name)), count: present.length })}
        </p>
      )}
      {mySide && mine && (
        <button type="button" className="button button-small" disabled={markReady.isPending} onClick={() => markReady.mutate({ section, ready: !mine.at })}>
          {mine.at ? t('reports.sides.backToDrafting', { section: sectionName }) : t('reports.sides.markReady', { section: sectionName })}
        </button>
      )}
      <FormAlert messageKey={markReady.isError ? reportErrorMessage(markReady.error) : setOwner.isError ? reportErrorMessage(setOwner.error) : null} />
    </div>
  );
}
