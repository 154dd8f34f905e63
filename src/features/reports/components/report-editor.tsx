import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../api/get-reports';
import { reportSections, type ReportSection } from '../api/report-sections';
import { leavePresence, presenceRenewal, sectionQueries, touchPresence, type SectionText, type Side } from '../api/section-sides';
import { otherLanguages, useLanguageName } from './language-name';
import { SectionField } from './section-field';
import type { SideNames } from '@/lib/sides';
import { SectionSides } from './section-sides';
import { TranslationField } from './translation-field';

interface ReportEditorProps {
  report: Report;
  readOnly: boolean;
  /** The names of the two municipalities, as each side is called. */
  sideNames: SideNames;
  /** The viewer's side when they are a member; null for staff and other readers. */
  mySide: Side | null;
  isCoordinator: boolean;
  sectionExtras?: (section: ReportSection) => ReactNode;
}

/**
 * The narrative of a report: each section in English beside its other languages, saved on its own
 * as people write, with who writes it and where each side stands.
 */
export function ReportEditor({ report, readOnly, sideNames, mySide, isCoordinator, sectionExtras }: ReportEditorProps) {
  const { t } = useTranslation();
  // All sections save against the same report version; each save moves it on (a newer one met on
  // the way is merged section by section).
  const version = useRef(report.version);
  const status = useQuery(sectionQueries.status(report.id));
  const texts = useQuery(sectionQueries.texts(report.id));
  const writing = !readOnly && mySide !== null;
  const presence = useQuery({ ...sectionQueries.presence(report.id), enabled: writing });
  const announce = usePresence(report.id, writing);
  return (
    <section aria-labelledby="narrative-heading" className="report-narrative">
      <h2 id="narrative-heading">{t('reports.narrative')}</h2>
      {reportSections.map((section) => {
        const sectionStatus = status.data?.find((row) => row.section === section);
        return (
          <div key={section} className="report-section" id={`section-${section}`}>
            <SectionTexts
              report={report}
              section={section}
              readOnly={readOnly}
              version={version}
              texts={(texts.data ?? []).filter((text) => text.section === section)}
              onActivity={() => announce(section)}
            />
            {sectionStatus && (
              <SectionSides
                reportId={report.id}
                section={section}
                status={sectionStatus}
                sideNames={sideNames}
                mySide={writing ? mySide : null}
                canHandOver={writing && isCoordinator}
                present={(presence.data ?? []).filter((person) => person.section === section)}
                writers={(texts.data ?? []).filter((text) => text.section === section).map((text) => ({ language: text.language, name: text.editor?.full_name ?? null }))}
              />
            )}
            {sectionExtras?.(section)}
          </div>
        );
      })}
    </section>
  );
}

interface SectionTextsProps {
  report: Report;
  section: ReportSection;
  readOnly: boolean;
  version: { current: number };
  texts: SectionText[];
  onActivity: () => void;
}

/** A section's English and its other languages side by side, and a way to add a language. */
function SectionTexts({ report, section, readOnly, version, texts, onActivity }: SectionTextsProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [added, setAdded] = useState<string[]>([]);
  const [choice, setChoice] = useState('');
  const languages = [...new Set([...texts.map((text) => text.language), ...added])];
  const first = texts.find((text) => text.body.trim() !== '');
  const english = report[section];
  const addId = `add-language-${section}`;
  return (
    <div className="section-languages">
      <SectionField
        report={report}
        section={section}
        readOnly={readOnly}
        version={version}
        startFrom={first && { label: languageName(first.language), text: first.body }}
        onActivity={onActivity}
      />
      {languages.map((language) => (
        <TranslationField
          key={language}
          report={report}
          section={section}
          language={language}
          saved={texts.find((text) => text.language === language)}
          readOnly={readOnly}
          startFrom={{ label: languageName('en'), text: english }}
          onActivity={onActivity}
        />
      ))}
      {!readOnly && (
        <p className="field-inline add-language">
          <label htmlFor={addId}>{t('reports.languages.add', { section: t(`reports.sections.${section}`) })}</label>{' '}
          <select id={addId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('reports.languages.choose')}</option>
            {otherLanguages
              .filter((language) => !languages.includes(language))
              .map((language) => (
                <option key={language} value={language}>
                  {languageName(language)}
                </option>
              ))}
          </select>{' '}
          <button
            type="button"
            className="button button-small"
            disabled={choice === ''}
            onClick={() => {
              setAdded((current) => [...current, choice]);
              setChoice('');
            }}
          >
            {t('reports.languages.addButton', { section: t(`reports.sections.${section}`) })}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * Tells the others which section the viewer is writing: renewed while they type (at most every
 * 20 seconds), withdrawn when they leave the report.
 */
function usePresence(reportId: string, writing: boolean) {
  const last = useRef<{ section: ReportSection; at: number } | null>(null);
  useEffect(() => {
    if (!writing) return;
    return () => {
      if (last.current) void leavePresence(reportId);
      last.current = null;
    };
  }, [reportId, writing]);
  return (section: ReportSection) => {
    if (!writing) return;
    const now = Date.now();
    if (last.current?.section === section && now - last.current.at < presenceRenewal) return;
    last.current = { section, at: now };
    void touchPresence(reportId, section);
  };
}
