import { PageTitle } from '../ui';

/** Placeholder until the page is built. */
export function ReportsPage() {
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Rapporter</PageTitle>
      <p>Denne side er under udvikling og kommer i en senere version.</p>
    </section>
  );
}
