import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/lib/format';
import { obligationsQuery, type Obligation } from '../api/get-obligations';

/** What the viewer's partnerships still have to do, each linking to the report where it is done. */
export function OpenObligations({ reportHref }: { reportHref: (partnershipId: string, year: number) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const obligations = useQuery(obligationsQuery());
  if (!obligations.data || obligations.data.length === 0) return null;
  const describe = (obligation: Obligation) =>
    t(`obligations.${obligation.kind}`, {
      partnership: obligation.partnership_name,
      year: obligation.year,
      due: obligation.due_on ? format.date(obligation.due_on) : '',
      since: obligation.since ? format.date(obligation.since) : '',
      count: obligation.comments,
    });
  return (
    <section aria-labelledby="obligations-heading">
      <h2 id="obligations-heading">{t('obligations.title')}</h2>
      <ul className="notifications">
        {obligations.data.map((obligation) => (
          <li key={`${obligation.kind}-${obligation.partnership_id}-${obligation.year}`}>
            <Link to={reportHref(obligation.partnership_id, obligation.year)}>{describe(obligation)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
