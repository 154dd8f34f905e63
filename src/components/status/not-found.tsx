import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/layout/page-heading';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('errors.notFoundTitle')}</PageHeading>
      <p>{t('errors.notFound')}</p>
      <p>
        <Link to={paths.home.href()}>{t('errors.goHome')}</Link>
      </p>
    </>
  );
}
