import { useTranslation } from 'react-i18next';

/** Where programme staff go next; each opens with the feature that fills it. */
export function ProgrammeEntryPoints({ admin, headingLevel }: { admin: boolean; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const entries = ['reviewQueue', 'dashboards', 'exports', ...(admin ? ['administration'] : [])];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-list" aria-label={t('home.programmeTitle')}>
      {entries.map((entry) => (
        <li key={entry} className="card">
          <Heading>{t(`home.${entry}`)}</Heading>
          <p className="muted">{t('home.comingSoon')}</p>
        </li>
      ))}
    </ul>
  );
}
