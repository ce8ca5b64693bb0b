// The caller's notifications (GET /notifications), from the caller's own organisation: a link with a
// badge in the top bar, read again on every page change and every minute, and the page that lists them
// with links to the referral or course each is about.
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../api/client';
import { formatDate } from '../format';
import { useSession } from '../session';
import { ErrorBox, Loading, PageTitle, useLoad } from '../ui';

export const NOTIFICATIONS_PATH = '/beskeder';

function useNotifications(key: string) {
  return useLoad(() => api.get('/notifications'), `notifications-${key}`);
}

/** What the page lists for the user's role, in a line above the list. */
function whatIsListed(role: string | undefined): string {
  switch (role) {
    case 'ward_staff':
      return 'Svar på afsnittets henvisninger de sidste 14 dage.';
    case 'authority':
      return 'Borgere i ophold, der venter på VUM-udredning eller visitation.';
    default:
      return 'Nye henvisninger, beskeder fra sygehuset de sidste tre dage, opgaver med frist inden for tre dage eller overskredet, og samtykker trukket tilbage de sidste 14 dage.';
  }
}

/** The top bar's link; the badge counts what there is to notice now. */
export function NotificationsLink() {
  const location = useLocation();
  const notifications = useNotifications(location.pathname);
  const { reload } = notifications;
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  const count = notifications.data?.items.length ?? 0;
  return (
    <Link to={NOTIFICATIONS_PATH} className="notifications-link">
      Beskeder
      {count > 0 ? (
        <span className="badge-count">
          {count}
          <span className="sr-only">{count === 1 ? ' ny' : ' nye'}</span>
        </span>
      ) : null}
    </Link>
  );
}

export function NotificationsPage() {
  const { user } = useSession();
  const notifications = useNotifications('page');
  const items = notifications.data?.items ?? [];
  return (
    <section aria-labelledby="page-title">
      <PageTitle>Beskeder</PageTitle>
      <p className="muted">{whatIsListed(user?.role)}</p>
      {notifications.error ? <ErrorBox error={notifications.error} /> : null}
      {notifications.loading && !notifications.data ? <Loading /> : null}
      {notifications.data && items.length === 0 ? <p>Ingen beskeder lige nu.</p> : null}
      {items.length > 0 ? (
        <ul className="notifications">
          {items.map((item, index) => {
            const who = item.citizen_name ?? 'Borger uden samtykke til deling';
            const to = item.referral_id ? `/henvisninger/${item.referral_id}` : item.course_id ? `/forloeb/${item.course_id}` : null;
            return (
              <li key={index} data-kind={item.kind}>
                <p className="note-head">
                  {item.title} · {formatDate(item.date)}
                </p>
                <p>
                  {to ? <Link to={to}>{who}</Link> : who}: {item.text}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
