import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reviewQueueQuery } from '../api/get-review-queue';

/** For programme staff: how many reports wait for review, of any year, and how long the oldest has waited. */
export function WaitingForReview({ queueHref }: { queueHref: string }) {
  const { t } = useTranslation();
  const queue = useQuery(reviewQueueQuery());
  if (!queue.data) return null;
  const oldest = queue.data[0]?.days_waiting ?? 0;
  return (
    <p className="lead">
      <Link to={queueHref}>{t('reviews.waitingCount', { count: queue.data.length })}</Link>
      {queue.data.length > 0 && ` ${t('reviews.oldestWaiting', { count: oldest })}`}
    </p>
  );
}
