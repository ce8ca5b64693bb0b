// Brugere (administrator only): every user with role and organisation, and a form for a new user.
import { api } from '../api/client';
import { CommandForm, type FieldSpec } from '../forms';
import { label } from '../labels';
import { ErrorBox, Loading, useLoad } from '../ui';
import { fieldError, listOf, type Named, type UserRow } from './adminApi';
import { ORGANISATION_KIND, ROLE, ROLE_ORGANISATION } from './adminLabels';

interface Organisations {
  ward: Named[];
  unit: Named[];
  municipality: Named[];
}

async function loadOrganisations(): Promise<Organisations> {
  const [ward, unit, municipality] = await Promise.all([listOf<Named>('/wards'), listOf<Named>('/units'), listOf<Named>('/municipalities')]);
  return { ward, unit, municipality };
}

export function UsersSection() {
  const users = useLoad(() => listOf<UserRow>('/users'), 'users');
  const organisations = useLoad(loadOrganisations, 'organisations');
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
  const fields: FieldSpec[] = [
    { name: 'username', label: 'Brugernavn', kind: 'text', required: true },
    { name: 'display_name', label: 'Navn', kind: 'text', required: true },
    { name: 'role', label: 'Rolle', kind: 'select', required: true, options: ROLE },
    {
      name: 'organisation_id',
      label: 'Organisation',
      kind: 'select',
      options: organisationOptions,
      hint: 'Sengeafsnit for afsnittets personale, tilbud for medarbejdere og ledere, kommune for myndighed og projektleder. Evaluator og administrator har ingen.',
    },
    { name: 'password', label: 'Første adgangskode', kind: 'new-password', required: true, hint: 'Mindst 12 tegn. Giv den til brugeren ad en sikker vej.' },
  ];

  async function create(payload: Record<string, unknown>) {
    const role = String(payload.role);
    const wanted = ROLE_ORGANISATION[role];
    const [kind, id] = String(payload.organisation_id ?? '').split(':');
    const body: Record<string, unknown> = {
      username: payload.username,
      display_name: payload.display_name,
      password: payload.password,
      role,
    };
    if (wanted) {
      if (kind !== wanted) throw fieldError('organisation_id', `Vælg ${ORGANISATION_KIND[wanted].toLowerCase()} for rollen ${label(ROLE, role).toLowerCase()}.`);
      body.organisation_id = Number(id);
    } else if (kind) {
      throw fieldError('organisation_id', `Rollen ${label(ROLE, role).toLowerCase()} hører ikke til en organisation. Vælg ingen.`);
    }
    await api.post('/users', body);
    users.reload();
  }

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Brugere</h2>
      {users.error ? <ErrorBox error={users.error} /> : null}
      {organisations.error ? <ErrorBox error={organisations.error} /> : null}
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
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id}>
                <th scope="row" data-label="Brugernavn">
                  {user.username}
                </th>
                <td data-label="Navn">{user.display_name}</td>
                <td data-label="Rolle">{label(ROLE, user.role)}</td>
                <td data-label="Organisation">{organisationName(user)}</td>
                <td data-label="Status">{user.active ? 'Aktiv' : 'Spærret'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {orgs ? (
        <div className="action-panel">
          <h3>Ny bruger</h3>
          <CommandForm id="new-user" fields={fields} submitLabel="Opret bruger" onSubmit={create} />
        </div>
      ) : null}
    </section>
  );
}
