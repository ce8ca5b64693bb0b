// Skift adgangskode: the signed-in user's own password. With a first or reset password the
// application shows only this page until the password is changed (the server refuses the rest).
import { api, type Schemas } from '../api/client';
import { CommandForm, type FieldsOf } from '../forms';
import { fieldError } from '../admin/adminApi';
import { useSession } from '../session';
import { PageTitle } from '../ui';

export const PASSWORD_RULES = 'Mindst 12 tegn. Ikke dit brugernavn eller navn og ikke et ord fra en ordbog — brug fx flere ord, som ikke hører sammen.';

/** The change, with the new password typed twice. */
type PasswordForm = Schemas['PasswordChange'] & { repeat_password: string };

const FIELDS: FieldsOf<PasswordForm> = [
  { name: 'current_password', label: 'Nuværende adgangskode', kind: 'current-password', required: true },
  { name: 'new_password', label: 'Ny adgangskode', kind: 'new-password', required: true, hint: PASSWORD_RULES },
  { name: 'repeat_password', label: 'Gentag den nye adgangskode', kind: 'new-password', required: true },
];

export function PasswordPage() {
  const { user, refresh } = useSession();
  const forced = user?.must_change_password === true;
  // The password rules are the server's; it answers a weak password with the reason, at the field.
  async function change({ repeat_password, ...body }: PasswordForm) {
    if (body.new_password !== repeat_password) throw fieldError('repeat_password', 'De to nye adgangskoder er ikke ens.');
    await api.post('/session/password', { body });
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
