import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '@/components/form/form-alert';
import { Loading } from '@/components/status/loading';
import { paths } from '@/config/paths';
import { vocabularies } from '@/lib/vocabularies';
import { carriedItemQueries, carryForwardErrorMessage, decisionsOf, kindDecision, useDecideCarriedItem, type CarriedItem } from '../api/carry-forward';
import type { Report } from '../api/get-reports';

/** Where the checklist sends a reader to decide an item. */
export const carriedItemAnchor = (itemId: string) => `carried-item-${itemId}`;

interface CarriedItemsProps {
  report: Pick<Report, 'id' | 'partnership_id' | 'year'>;
  /** Members decide while the report is a draft or returned; staff and frozen reports only show the decisions. */
  canDecide: boolean;
}

/** What the report carries forward from the earlier one, by kind, each with its decision or the buttons to make it. */
export function CarriedItems({ report, canDecide }: CarriedItemsProps) {
  const { t } = useTranslation();
  const items = useQuery(carriedItemQueries.of(report.id));
  const decide = useDecideCarriedItem();
  if (items.isPending) return <Loading />;
  if (items.isError) return <p>{t('errors.generic')}</p>;
  if (items.data.length === 0) return null;
  const fromYear = items.data[0].source_year;
  return (
    <section aria-labelledby="carried-heading" className="carried-items">
      <h2 id="carried-heading">{t('carryForward.title', { year: fromYear })}</h2>
      <p>{t('carryForward.intro', { year: report.year })}</p>
      <FormAlert messageKey={decide.isError ? carryForwardErrorMessage(decide.error) : null} />
      {vocabularies.carried_item_kind.map((kind) => {
        const ofKind = items.data.filter((item) => item.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`carried-${kind}-heading`}>
            <h3 id={`carried-${kind}-heading`}>{t(`carryForward.kinds.${kind}`)}</h3>
            <ul className="checklist">
              {ofKind.map((item) => (
                <li key={item.id} id={carriedItemAnchor(item.id)} tabIndex={-1}>
                  <CarriedItemLine item={item} report={report} />
                  {canDecide && item.decision === null && (
                    <div className="row-actions">
                      {decisionsOf[item.kind].map((decision) => (
                        <button
                          key={decision}
                          type="button"
                          className="button"
                          disabled={decide.isPending}
                          aria-label={t(`carryForward.decide.${kindDecision(item.kind, decision)}`, { title: item.title, year: report.year })}
                          onClick={() => decide.mutate({ itemId: item.id, decision })}
                        >
                          {t(`carryForward.decisions.${decision}`)}
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

/** An item: a link to what it came from, and its decision in words (with the new activity a continued one became). */
function CarriedItemLine({ item, report }: { item: CarriedItem; report: CarriedItemsProps['report'] }) {
  const { t } = useTranslation();
  const source =
    item.kind === 'activity'
      ? paths.activity.href(report.partnership_id, item.activity_id!)
      : item.kind === 'indicator'
        ? paths.indicator.href(report.partnership_id, item.result_id!, item.indicator_id!, item.source_year)
        : `${paths.report.href(report.partnership_id, item.source_year)}#comment-${item.comment_id}`;
  return (
    <>
      <Link to={source}>{item.title}</Link>{' '}
      {item.decision === null ? (
        <strong>{t('carryForward.undecided')}</strong>
      ) : (
        <span>
          {t(`carryForward.state.${kindDecision(item.kind, item.decision)}`, { name: item.decided_by_name ?? t('carryForward.someone'), year: report.year })}
          {item.continued_as_id && (
            <>
              {' '}
              <Link to={paths.activity.href(report.partnership_id, item.continued_as_id)}>{t('carryForward.openContinued', { year: report.year })}</Link>
            </>
          )}
        </span>
      )}
    </>
  );
}
