import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { AdminOnly } from './admin-only';

const sections = [
  { key: 'organisations', href: paths.organisations.href() },
  { key: 'partnerships', href: paths.adminPartnerships.href() },
  { key: 'people', href: paths.people.href() },
  { key: 'settings', href: paths.programmeSettings.href() },
] as const;

/** The programme's set-up: organisations, partnerships, people, settings and the reporting calendar. */
export function AdministrationRoute() {
  const { t } = useTranslation();
  return (
    <AdminOnly>
      <PageHeading>{t('administration.title')}</PageHeading>
      <p className="lead">{t('administration.intro')}</p>
      <ul className="card-list" aria-label={t('administration.title')}>
        {sections.map((section) => (
          <li key={section.key} className="card">
            <h2>
              <Link to={section.href}>{t(`administration.${section.key}`)}</Link>
            </h2>
            <p className="muted">{t(`administration.${section.key}Intro`)}</p>
          </li>
        ))}
      </ul>
    </AdminOnly>
  );
}
