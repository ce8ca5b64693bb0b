// Skift adgangskode: the signed-in user's own password. With a first or reset password the
// application shows only this page until the password is changed (the server refuses the rest).
import { api } from '../api/client';
import { CommandForm, type FieldSpec } from '../forms';
import { fieldError } from '../admin/adminApi';
import { useSession } from '../session';
import { PageTitle } from '../ui';

export const PASSWORD_RULES = 'Mindst 12 tegn. Ikke dit brugernavn eller navn og ikke et ord fra en ordbog — brug fx flere ord, som ikke hører sammen.';

const FIELDS: FieldSpec[] = [
  { name: 'current_password', label: 'Nuværende adgangskode', kind: 'current-password', required: true },
  { name: 'new_password', label: 'Ny adgangskode', kind: 'new-password', required: true, hint: PASSWORD_RULES },
  { name: 'repeat_password', label: 'Gentag den nye adgangskode', kind: 'new-password', required: true },
];

export function PasswordPage() {
  const { user, refresh } = useSession();
  const forced = user?.must_change_password === true;
  async function change(payload: Record<string, unknown>) {
    if (payload.new_password !== payload.repeat_password) throw fieldError('repeat_password', 'De to nye adgangskoder er ikke ens.');
    if (String(payload.new_password).length < 12) throw fieldError('new_password', 'Adgangskoden skal have mindst 12 tegn.');
    await api.post('/session/password', { current_password: payload.current_password, new_password: payload.new_password });
    await refresh();
  }
  return (
    <>
      <PageTitle>Skift adgangskode</PageTitle>
      {forced ? (
        <p className="alert alert-info" role="status">
          Du er logget ind med en adgangskode, som en administrator har givet dig. Vælg din egen adgangskode, før du fortsætter.
        </p>
      ) : (
        <p>Dine andre sessioner (fx på en anden computer) bliver logget ud, når du skifter adgangskode.</p>
      )}
      <div className="action-panel">
        <CommandForm id="change-password" fields={FIELDS} submitLabel="Skift adgangskode" onSubmit={change} />
      </div>
    </>
  );
}
