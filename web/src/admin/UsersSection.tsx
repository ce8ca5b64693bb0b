// Brugere (administrator only): every user with role, organisation and status; a new user; and
// for each user deactivate/reactivate, reset the password and change the role. Below, the
// usernames and addresses locked after failed log-ins, with "Lås op". Every act is audited.
import { useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { CommandForm, type FieldsOf } from '../forms';
import { label } from '../labels';
import { PASSWORD_RULES } from '../pages/PasswordPage';
import { useSession } from '../session';
import { ErrorBox, Loading, useLoad } from '../ui';
import { fieldError, listOf, type LoginLock, type Named, type UserRow } from './adminApi';
import { ROLE_ORGANISATION } from '../api/codeLabels';
import { ASSIGNABLE_ROLE, ORGANISATION_KIND, ROLE } from './adminLabels';
import { formatDateTime } from '../format';

interface Organisations {
  ward: Named[];
  unit: Named[];
  municipality: Named[];
}

async function loadOrganisations(): Promise<Organisations> {
  const [ward, unit, municipality] = await Promise.all([listOf('/wards'), listOf('/units'), listOf('/municipalities')]);
  return { ward, unit, municipality };
}

/** The role form: the organisation chosen as "kind:id", one list for every kind. */
type RoleForm = Omit<Schemas['RoleChange'], 'organisation_id'> & { organisation_id?: string };
type NewUserForm = Omit<Schemas['NewUser'], keyof Schemas['RoleChange']> & RoleForm;

/** The role change the form means, the organisation checked against the role. */
function roleBody({ role, organisation_id }: RoleForm): Schemas['RoleChange'] {
  const belongs = ROLE_ORGANISATION[role];
  const wanted = belongs in ORGANISATION_KIND ? (belongs as keyof typeof ORGANISATION_KIND) : null;
  const [kind, id] = (organisation_id ?? '').split(':');
  if (wanted) {
    if (kind !== wanted) throw fieldError('organisation_id', `Vælg ${ORGANISATION_KIND[wanted].toLowerCase()} for rollen ${label(ROLE, role).toLowerCase()}.`);
    return { role, organisation_id: Number(id) };
  }
  if (kind) throw fieldError('organisation_id', `Rollen ${label(ROLE, role).toLowerCase()} hører ikke til en organisation. Vælg ingen.`);
  return { role };
}

type Action = { kind: 'password' | 'role'; user: UserRow } | null;

export function UsersSection() {
  const { user: me } = useSession();
  const users = useLoad(() => listOf('/users'), 'users');
  const locks = useLoad(() => listOf('/login-locks'), 'login-locks');
  const organisations = useLoad(loadOrganisations, 'organisations');
  const [action, setAction] = useState<Action>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const orgs = organisations.data;
  const organisationName = (user: UserRow) => {
    const kind = user.organisation_kind as keyof Organisations;
    if (!orgs || !(kind in orgs) || user.organisation_id === null) return '–';
    return orgs[kind].find((org) => org.id === user.organisation_id)?.name ?? `${label(ORGANISATION_KIND, kind)} ${user.organisation_id}`;
  };

  const organisationOptions: Record<string, string> = {};
  if (orgs) {
    for (const kind of ['ward', 'unit', 'municipality'] as const)
      for (const org of orgs[kind]) organisationOptions[`${kind}:${org.id}`] = `${ORGANISATION_KIND[kind]}: ${org.name}`;
  }
  const roleFields = (user?: UserRow): FieldsOf<RoleForm> => [
    { name: 'role', label: 'Rolle', kind: 'select', required: true, options: ASSIGNABLE_ROLE, initial: user?.role },
    {
      name: 'organisation_id',
      label: 'Organisation',
      kind: 'select',
      options: organisationOptions,
      initial: user && user.organisation_id !== null ? `${user.organisation_kind}:${user.organisation_id}` : undefined,
      hint: 'Sengeafsnit for afsnittets personale, tilbud for medarbejdere og ledere, kommune for myndighed og projektleder. Evaluator og administrator har ingen.',
    },
  ];
  const newUserFields: FieldsOf<NewUserForm> = [
    { name: 'username', label: 'Brugernavn', kind: 'text', required: true },
    { name: 'display_name', label: 'Navn', kind: 'text', required: true },
    ...roleFields(),
    {
      name: 'password',
      label: 'Første adgangskode',
      kind: 'new-password',
      required: true,
      hint: `${PASSWORD_RULES} Giv den til brugeren ad en sikker vej; brugeren vælger sin egen ved første log-ind.`,
    },
  ];
  const resetFields: FieldsOf<Schemas['PasswordReset']> = [
    { name: 'new_password', label: 'Ny adgangskode', kind: 'new-password', required: true, hint: `${PASSWORD_RULES} Brugeren skal skifte den ved næste log-ind.` },
  ];

  function done(text: string) {
    setNotice(text);
    setAction(null);
    users.reload();
    locks.reload();
  }

  async function create({ username, display_name, password, ...role }: NewUserForm) {
    await api.post('/users', { body: { username, display_name, password, ...roleBody(role) } });
    done(`Brugeren ${username} er oprettet.`);
  }

  async function setActive(user: UserRow, active: boolean) {
    setActionError(null);
    try {
      await api.post(active ? '/users/{userId}/activate' : '/users/{userId}/deactivate', { path: { userId: user.id } });
      done(active ? `${user.display_name} er aktiv igen.` : `${user.display_name} er deaktiveret og logget ud.`);
    } catch (e) {
      if (e instanceof ApiError) setActionError(e);
    }
  }

  async function lift(lock: LoginLock) {
    setActionError(null);
    try {
      await api.post('/login-locks/lift', { body: lock.kind === 'user' ? { user_id: lock.user_id } : { address: lock.address } });
      done(lock.kind === 'user' ? `Log-ind for ${lock.username} er låst op.` : `Log-ind fra ${lock.address} er låst op.`);
    } catch (e) {
      if (e instanceof ApiError) setActionError(e);
    }
  }

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Brugere</h2>
      {users.error ? <ErrorBox error={users.error} /> : null}
      {organisations.error ? <ErrorBox error={organisations.error} /> : null}
      {actionError ? <ErrorBox error={actionError} /> : null}
      {notice ? (
        <p role="status" className="alert alert-info">
          {notice}
        </p>
      ) : null}
      {(users.loading && !users.data) || !orgs ? <Loading /> : null}
      {users.data && orgs ? (
        <table className="table admin-users">
          <caption className="sr-only">Brugere og roller</caption>
          <thead>
            <tr>
              <th scope="col">Brugernavn</th>
              <th scope="col">Navn</th>
              <th scope="col">Rolle</th>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
              <th scope="col">Handlinger</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id} data-user={user.username}>
                <th scope="row" data-label="Brugernavn">
                  {user.username}
                </th>
                <td data-label="Navn">{user.display_name}</td>
                <td data-label="Rolle">{label(ROLE, user.role)}</td>
                <td data-label="Organisation">{organisationName(user)}</td>
                <td data-label="Status">
                  {user.active ? 'Aktiv' : 'Deaktiveret'}
                  {user.active && user.must_change_password ? <span className="muted"> – skal vælge ny adgangskode</span> : null}
                </td>
                <td data-label="Handlinger" className="row-actions">
                  {user.id === me?.id ? (
                    <span className="muted">Dig selv</span>
                  ) : (
                    <>
                      <button type="button" className="secondary" onClick={() => setActive(user, !user.active)}>
                        {user.active ? 'Deaktivér' : 'Genaktivér'}
                        <span className="sr-only"> {user.username}</span>
                      </button>
                      <button type="button" className="secondary" onClick={() => setAction({ kind: 'password', user })}>
                        Nulstil adgangskode<span className="sr-only"> for {user.username}</span>
                      </button>
                      <button type="button" className="secondary" onClick={() => setAction({ kind: 'role', user })}>
                        Skift rolle<span className="sr-only"> for {user.username}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {action && orgs ? (
        <div className="action-panel" key={`${action.kind}-${action.user.id}`}>
          {action.kind === 'password' ? (
            <>
              <h3>Nulstil adgangskode for {action.user.display_name}</h3>
              <p>Brugeren bliver logget ud alle steder og skal vælge sin egen adgangskode ved næste log-ind.</p>
              <CommandForm<Schemas['PasswordReset']>
                id="reset-password"
                fields={resetFields}
                submitLabel="Nulstil adgangskode"
                onSubmit={async (body) => {
                  await api.post('/users/{userId}/password', { path: { userId: action.user.id }, body });
                  done(`Adgangskoden for ${action.user.username} er nulstillet.`);
                }}
              />
            </>
          ) : (
            <>
              <h3>Skift rolle for {action.user.display_name}</h3>
              <CommandForm<RoleForm>
                id="change-role"
                fields={roleFields(action.user)}
                submitLabel="Gem rolle"
                onSubmit={async (form) => {
                  await api.put('/users/{userId}/role', { path: { userId: action.user.id }, body: roleBody(form), ifMatch: action.user.version });
                  done(`${action.user.username} er nu ${label(ROLE, form.role).toLowerCase()}.`);
                }}
                onRefresh={() => {
                  setAction(null);
                  users.reload();
                }}
                conflictText="En anden administrator har ændret brugeren, siden du åbnede den."
              />
            </>
          )}
          <button type="button" className="secondary" onClick={() => setAction(null)}>
            Luk
          </button>
        </div>
      ) : null}
      <h3 id="locks-heading">Spærret log-ind</h3>
      {locks.error ? <ErrorBox error={locks.error} /> : null}
      {locks.data && locks.data.length === 0 ? <p className="muted">Ingen brugere eller adresser er spærret lige nu.</p> : null}
      {locks.data && locks.data.length > 0 ? (
        <table className="table admin-locks" aria-labelledby="locks-heading">
          <thead>
            <tr>
              <th scope="col">Spærret</th>
              <th scope="col">Forkerte forsøg</th>
              <th scope="col">Spærret til</th>
              <th scope="col">Handling</th>
            </tr>
          </thead>
          <tbody>
            {locks.data.map((lock) => (
              <tr key={lock.kind === 'user' ? `user-${lock.user_id}` : `address-${lock.address}`}>
                <th scope="row" data-label="Spærret">
                  {lock.kind === 'user' ? `Brugeren ${lock.username}` : `Adressen ${lock.address}`}
                </th>
                <td data-label="Forkerte forsøg">{lock.failures}</td>
                <td data-label="Spærret til">{formatDateTime(lock.locked_until)}</td>
                <td data-label="Handling">
                  <button type="button" className="secondary" onClick={() => lift(lock)}>
                    Lås op
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {orgs ? (
        <div className="action-panel">
          <h3>Ny bruger</h3>
          <CommandForm id="new-user" fields={newUserFields} submitLabel="Opret bruger" onSubmit={create} />
        </div>
      ) : null}
    </section>
  );
}
