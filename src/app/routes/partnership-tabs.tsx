import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '@/config/paths';

/** The sections of a partnership, on each of its pages. */
export function PartnershipTabs({ partnershipId, name }: { partnershipId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('partnership.sections', { name })} className="section-tabs">
      <NavLink to={paths.partnership.href(partnershipId)} end>
        {t('partnership.overview')}
      </NavLink>
      <NavLink to={paths.activities.href(partnershipId)}>{t('activities.title')}</NavLink>
      <NavLink to={paths.results.href(partnershipId)}>{t('results.title')}</NavLink>
      <NavLink to={paths.reports.href(partnershipId)}>{t('reports.title')}</NavLink>
      <NavLink to={paths.partnershipMembers.href(partnershipId)}>{t('members.title')}</NavLink>
    </nav>
  );
}
