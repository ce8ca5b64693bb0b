// Administration: units and places, deadline rules and exclusion questions, cooperation
// agreements, users and roles, prices and baselines, the hospitals' MedCom messages and SOR codes. Each section is a sub-page under
// /administration/…; the unit chosen travels along in ?tilbud=ID. Only what the role may do (the
// session's allowed actions) is offered: e.g. unit leads manage their own unit and read the prices;
// users are the administrator's.
import { useState } from 'react';
import { NavLink, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { AgreementsSection } from '../admin/AgreementsSection';
import { DeadlinesSection } from '../admin/DeadlinesSection';
import { HospitalNotificationsSection } from '../admin/HospitalNotificationsSection';
import { PricesSection } from '../admin/PricesSection';
import { UnitsSection } from '../admin/UnitsSection';
import { UsersSection } from '../admin/UsersSection';
import { may, useSession } from '../session';
import { PageTitle } from '../ui';
import '../admin/admin.css';

interface Section {
  path: string;
  label: string;
  /** The access policy's action that opens it. */
  action: string;
}

const SECTIONS: Section[] = [
  { path: 'tilbud', label: 'Tilbud og pladser', action: 'configure_unit' },
  { path: 'frister', label: 'Frister', action: 'configure_unit' },
  { path: 'aftaler', label: 'Samarbejdsaftaler', action: 'configure_unit' },
  { path: 'brugere', label: 'Brugere', action: 'administer_users' },
  { path: 'priser', label: 'Priser og udgangspunkter', action: 'read_price_settings' },
  { path: 'adgangslog', label: 'Adgangslog', action: 'read_audit_log' },
  { path: 'sygehusadviser', label: 'Sygehusadviser', action: 'configure_integration' },
];

/** The actions that open some part of the Administration page. */
export const ADMINISTRATION_ACTIONS = [...new Set(SECTIONS.map((section) => section.action))];

// A citizen's access log is opened by the citizen's number in the system (from the request for insight).
function AccessLogLookup() {
  const navigate = useNavigate();
  const [citizenId, setCitizenId] = useState('');
  const valid = /^[1-9][0-9]{0,8}$/.test(citizenId.trim());
  return (
    <section aria-labelledby="access-log-lookup">
      <h2 id="access-log-lookup">Adgangslog for en borger</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) navigate(`/adgangslog/${citizenId.trim()}`);
        }}
      >
        <div className="field">
          <label htmlFor="access-log-citizen">Borgerens nummer i Afklaring</label>
          <input id="access-log-citizen" inputMode="numeric" value={citizenId} onChange={(e) => setCitizenId(e.target.value)} />
        </div>
        <button type="submit" disabled={!valid}>
          Vis adgangslog
        </button>
      </form>
    </section>
  );
}

export function AdministrationPage() {
  const { user } = useSession();
  const location = useLocation();
  const sections = SECTIONS.filter((section) => may(user, section.action));
  if (sections.length === 0) {
    return (
      <section aria-labelledby="page-title">
        <PageTitle>Administration</PageTitle>
        <p className="alert alert-info">Administration er for administratoren og lederne af afklaringstilbuddene.</p>
      </section>
    );
  }
  const element = (path: string) => {
    if (path === 'tilbud') return <UnitsSection />;
    if (path === 'frister') return <DeadlinesSection />;
    if (path === 'aftaler') return <AgreementsSection />;
    if (path === 'brugere') return <UsersSection />;
    if (path === 'adgangslog') return <AccessLogLookup />;
    if (path === 'sygehusadviser') return <HospitalNotificationsSection />;
    return <PricesSection />;
  };
  return (
    <section aria-labelledby="page-title" className="admin">
      <PageTitle>Administration</PageTitle>
      <nav aria-label="Administration" className="admin-tabs">
        <ul>
          {sections.map((section) => (
            <li key={section.path}>
              <NavLink to={{ pathname: `/administration/${section.path}`, search: location.search }}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to={{ pathname: sections[0].path, search: location.search }} replace />} />
        {sections.map((section) => (
          <Route key={section.path} path={section.path} element={element(section.path)} />
        ))}
        <Route
          path="*"
          element={
            <p className="alert alert-info" role="status">
              Den del af administrationen findes ikke eller er ikke for din rolle.
            </p>
          }
        />
      </Routes>
    </section>
  );
}
