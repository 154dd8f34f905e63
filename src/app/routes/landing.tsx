import { useQuery } from '@tanstack/react-query';
import { apiStatusQuery } from '@/features/status/api/get-api-status';

export function LandingRoute() {
  const status = useQuery(apiStatusQuery());
  return (
    <main className="page">
      <h1>Agenda 2030 Partnerships</h1>
      <p className="lead">
        Swedish municipalities and regions and their partner municipalities abroad report here how their work contributes to the
        17 Sustainable Development Goals and their 169 targets.
      </p>
      <section aria-labelledby="status-heading" className="card">
        <h2 id="status-heading">Service status</h2>
        <p role="status">
          {status.isPending && 'Checking the connection…'}
          {status.isError && 'The service cannot be reached. Check your connection and try again.'}
          {status.isSuccess && `Connected: the SDG catalogue has ${status.data.goals} goals.`}
        </p>
      </section>
    </main>
  );
}
