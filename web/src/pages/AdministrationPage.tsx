import { PageTitle } from '../ui';

/** Placeholder until the page is built. */
export function AdministrationPage() {
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Administration</PageTitle>
      <p>Denne side er under udvikling og kommer i en senere version.</p>
    </section>
  );
}
