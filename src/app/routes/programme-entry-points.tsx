import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** Where programme staff go next; entries without a page yet say when they come. */
export function ProgrammeEntryPoints({ admin, headingLevel }: { admin: boolean; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const entries: { key: string; href?: string }[] = [
    { key: 'reviewQueue', href: paths.reviews.href() },
    { key: 'dashboards', href: paths.dashboards.href() },
    { key: 'exports', href: paths.exports.href() },
    ...(admin ? [{ key: 'settings', href: paths.programmeSettings.href() }, { key: 'administration', href: paths.administration.href() }] : []),
  ];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-list" aria-label={t('home.programmeTitle')}>
      {entries.map((entry) => (
        <li key={entry.key} className="card">
          <Heading>{entry.href ? <Link to={entry.href}>{t(`home.${entry.key}`)}</Link> : t(`home.${entry.key}`)}</Heading>
          <p className="muted">{entry.href ? t(`home.${entry.key}Intro`) : t('home.comingSoon')}</p>
        </li>
      ))}
    </ul>
  );
}
