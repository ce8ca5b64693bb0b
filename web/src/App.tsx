import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, NavLink, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { CourseDocumentPage } from './documents/CourseDocuments';
import { NOTIFICATIONS_PATH, NotificationsLink, NotificationsPage } from './notifications/Notifications';
import { ApiError } from './api/client';
import { BoardPage } from './pages/BoardPage';
import { AccessLogPage } from './pages/AccessLogPage';
import { CoursePage } from './pages/CoursePage';
import { CoursesPage } from './pages/CoursesPage';
import { ReferralPage, ReferralsPage } from './pages/ReferralsPage';
import { NewReferralPage } from './pages/NewReferralPage';
import { QuestionnairesPage } from './pages/QuestionnairesPage';
import { AdministrationPage } from './pages/AdministrationPage';
import { PasswordPage } from './pages/PasswordPage';
import { CitizenSearchForm, SEARCH_PATH, SearchPage } from './pages/SearchPage';
import { UnlockForm, useCitizenMode } from './questionnaires/citizenMode';
import { type SessionUser } from './api/client';
import { ADMINISTRATION_ACTIONS } from './pages/AdministrationPage';
import { FIGURES } from './reports/figures';
import { may, useSession } from './session';
import { PageTitle } from './ui';

// The chart pages load their chart library on first visit, so the daily pages stay small.
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const CapacityPage = lazy(() => import('./pages/CapacityPage').then((m) => ({ default: m.CapacityPage })));

interface NavItem {
  to: string;
  label: string;
  /** Shown when the session allows any of these actions (the server's access policy). */
  actions: string[];
}

const NAV: NavItem[] = [
  { to: '/overblik', label: 'Overblik', actions: ['read_unit_board'] },
  { to: '/henvisninger', label: 'Henvisninger', actions: ['list_referrals'] },
  { to: '/forloeb', label: 'Forløb', actions: ['list_courses'] },
  { to: '/spoergeskemaer', label: 'Spørgeskemaer', actions: ['record_response'] },
  { to: '/rapporter', label: 'Rapporter', actions: [...new Set(FIGURES.map((figure) => figure.action))] },
  { to: '/kapacitet', label: 'Kapacitet', actions: ['plan_capacity'] },
  { to: '/administration', label: 'Administration', actions: ADMINISTRATION_ACTIONS },
];

/** Where a user starts: the daily work their role may do, in this order, else the first page offered. */
const HOME_BY_ACTION: [string, string][] = [
  ['read_unit_board', '/overblik'],
  // Without a board (the authority): the courses, starting with those waiting for VUM or visitation.
  ['list_courses', '/forloeb'],
  ['list_referrals', '/henvisninger'],
  ['administer_users', '/administration'],
];

function navFor(user: SessionUser): NavItem[] {
  return NAV.filter((item) => item.actions.some((action) => may(user, action)));
}

function homeFor(user: SessionUser): string {
  const home = HOME_BY_ACTION.find(([action]) => may(user, action));
  return home?.[1] ?? navFor(user)[0]?.to ?? '/ingen-sider';
}

export function App() {
  const { user, loading, expired } = useSession();
  const location = useLocation();
  if (loading) return <p role="status">Henter …</p>;
  if (!user) {
    if (location.pathname !== '/login') return <Navigate to="/login" replace state={{ from: location.pathname }} />;
    return <LoginPage />;
  }
  if (user.must_change_password) {
    // A first or reset password: nothing else until the user has chosen their own.
    return (
      <Shell>
        <PasswordPage />
      </Shell>
    );
  }
  return (
    <>
      <Shell>
        <Routes>
          <Route path="/" element={<Navigate to={homeFor(user)} replace />} />
          <Route path="/adgangskode" element={<PasswordPage />} />
          <Route path="/login" element={<Navigate to={homeFor(user)} replace />} />
          <Route path="/overblik" element={<BoardPage />} />
          <Route path="/henvisninger" element={<ReferralsPage />} />
          <Route path="/henvisninger/ny" element={<NewReferralPage />} />
          <Route path="/henvisninger/:id" element={<ReferralPage />} />
          <Route path="/forloeb" element={<CoursesPage />} />
          <Route path="/forloeb/:id" element={<CoursePage />} />
          <Route path="/forloeb/:id/udskrift/:document" element={<CourseDocumentPage />} />
          <Route path={NOTIFICATIONS_PATH} element={<NotificationsPage />} />
          <Route path={SEARCH_PATH} element={<SearchPage />} />
          <Route path="/adgangslog/:citizenId" element={<AccessLogPage />} />
          <Route path="/spoergeskemaer/*" element={<QuestionnairesPage />} />
          <Route path="/rapporter" element={<Suspense fallback={<p role="status">Henter …</p>}><ReportsPage /></Suspense>} />
          <Route path="/kapacitet" element={<Suspense fallback={<p role="status">Henter …</p>}><CapacityPage /></Suspense>} />
          <Route path="/administration/*" element={<AdministrationPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Shell>
      {expired ? <ReloginDialog /> : null}
    </>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { user, logout } = useSession();
  const { lockedTo } = useCitizenMode();
  const location = useLocation();
  const firstPage = useRef(true);
  // After navigating inside the app, focus goes to the new page's heading so keyboard and screen-reader
  // users start there; on the first page after loading, focus stays at the top (skip link first).
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);
  if (!user) return null;
  // Borgervisning: the questionnaire alone; anywhere else, only the way back for staff. The tree keeps its
  // shape when locking, so the questionnaire in <main> is not remounted and keeps its answers.
  const onLockedPage = !!lockedTo && (location.pathname + location.search === lockedTo || location.pathname === lockedTo.split('?')[0]);
  return (
    <div className={lockedTo ? 'shell citizen-mode' : 'shell'}>
      {lockedTo ? null : (
        <a className="skip-link" href="#main">
          Gå til indhold
        </a>
      )}
      <header className="topbar">
        {lockedTo ? <span className="brand">Spørgeskema</span> : <StaffBar user={user} onLogout={logout} />}
      </header>
      <main id="main" tabIndex={-1}>
        {!lockedTo || onLockedPage ? (
          children
        ) : (
          <section aria-labelledby="page-title">
            <PageTitle>Skærmen er låst</PageTitle>
            <UnlockForm intro="Skærmen viser kun spørgeskemaet, mens borgeren svarer. Medarbejderen låser op med sin adgangskode." />
          </section>
        )}
      </main>
    </div>
  );
}

/** The staff member's top bar: the menu their role allows, the citizen search, who is logged in. */
function StaffBar({ user, onLogout }: { user: SessionUser; onLogout(): Promise<void> }) {
  const navigate = useNavigate();
  return (
    <>
      <Link to="/" className="brand">
        Afklaring
      </Link>
      <nav aria-label="Hovedmenu" className="mainnav">
        <ul>
          {(user.must_change_password ? [] : navFor(user)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {!user.must_change_password && may(user, 'search_citizens') ? <CitizenSearchForm /> : null}
      {!user.must_change_password && may(user, 'read_notifications') ? <NotificationsLink /> : null}
      <div className="who">
        <span>
          {user.display_name} <span className="muted">({user.role_label})</span>
        </span>
        {user.must_change_password ? null : (
          <Link to="/adgangskode" className="password-link">
            Skift adgangskode
          </Link>
        )}
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await onLogout();
            navigate('/login', { replace: true, state: { loggedOut: true } });
          }}
        >
          Log ud
        </button>
      </div>
    </>
  );
}

function LoginForm({ onDone, fixedUser }: { onDone?: () => void; fixedUser?: string }) {
  const { login } = useSession();
  const [username, setUsername] = useState(fixedUser ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('Skriv brugernavn og adgangskode.');
      return;
    }
    setBusy(true);
    try {
      await login(username.trim(), password);
      setError(null);
      onDone?.();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Log-ind mislykkedes.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="login-form">
      {error ? (
        <div className="alert alert-error" role="alert" id="login-error">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="login-username">Brugernavn</label>
        <input id="login-username" type="text" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Adgangskode</label>
        <input id="login-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        Log ind
      </button>
    </form>
  );
}

function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as { from?: string; loggedOut?: boolean } | null;
  return (
    <main id="main" className="login-page">
      <PageTitle>Log ind i Afklaring</PageTitle>
      {state?.loggedOut ? (
        <p role="status" className="alert alert-info">
          Du er logget ud.
        </p>
      ) : null}
      <LoginForm onDone={() => navigate(state?.from && state.from !== '/login' ? state.from : '/', { replace: true })} />
    </main>
  );
}

/** Shown over the page when the session has expired; the page underneath keeps its input. */
function ReloginDialog() {
  const { user } = useSession();
  useEffect(() => {
    // The page underneath stays mounted (keeping its input) but out of reach of Tab and screen readers.
    const shell = document.querySelector('.shell');
    shell?.setAttribute('inert', '');
    document.getElementById('relogin-title')?.focus();
    return () => shell?.removeAttribute('inert');
  }, []);
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="relogin-title" className="dialog">
        <h2 id="relogin-title" tabIndex={-1}>
          Din session er udløbet
        </h2>
        <p>Log ind igen. Det, du har skrevet, er ikke gået tabt – send det igen bagefter.</p>
        <LoginForm fixedUser={user?.username} />
      </div>
    </div>
  );
}

function NotFound() {
  return (
    <section>
      <PageTitle>Siden findes ikke</PageTitle>
      <p>
        <Link to="/">Gå til forsiden</Link>
      </p>
    </section>
  );
}
