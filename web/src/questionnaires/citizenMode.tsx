// Borgervisning: while a citizen answers a questionnaire on a tablet, the screen shows only the
// questionnaire — no menu, no other page, no "Log ud" — and only the staff member's password opens
// the rest again. Locked is per browser tab (sessionStorage), so a reload keeps it locked.
import { createContext, useCallback, useContext, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../session';

const STORAGE_KEY = 'afklaring.borgervisning';

interface CitizenMode {
  /** The path the citizen may be on while locked, or null when not locked. */
  lockedTo: string | null;
  lock(path: string): void;
  /** Checks the staff member's password with the server (a fresh log-in); unlocks on success. */
  unlock(password: string): Promise<void>;
}

const CitizenModeContext = createContext<CitizenMode | null>(null);

export function CitizenModeProvider({ children }: { children: ReactNode }) {
  const { user, login } = useSession();
  const [lockedTo, setLockedTo] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));
  const lock = useCallback((path: string) => {
    sessionStorage.setItem(STORAGE_KEY, path);
    setLockedTo(path);
  }, []);
  const unlock = useCallback(
    async (password: string) => {
      if (!user) throw new ApiError(401, 'unauthorized', 'Log ind igen.');
      await login(user.username, password);
      sessionStorage.removeItem(STORAGE_KEY);
      setLockedTo(null);
    },
    [user, login],
  );
  const value = useMemo(() => ({ lockedTo, lock, unlock }), [lockedTo, lock, unlock]);
  return <CitizenModeContext.Provider value={value}>{children}</CitizenModeContext.Provider>;
}

export function useCitizenMode(): CitizenMode {
  const mode = useContext(CitizenModeContext);
  if (!mode) throw new Error('useCitizenMode outside CitizenModeProvider');
  return mode;
}

/** The staff member's way back: their password, checked by the server. */
export function UnlockForm({ intro }: { intro: string }) {
  const { unlock } = useCitizenMode();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setError('Skriv din adgangskode.');
      return;
    }
    setBusy(true);
    try {
      await unlock(password);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Adgangskoden kunne ikke kontrolleres.');
      setPassword('');
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="q-card q-unlock" onSubmit={submit} noValidate>
      <p>{intro}</p>
      {error ? (
        <p className="field-error" role="alert" id="q-unlock-error">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="q-unlock-password">Medarbejderens adgangskode</label>
        <input
          id="q-unlock-password"
          type="password"
          autoComplete="current-password"
          value={password}
          aria-describedby={error ? 'q-unlock-error' : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="q-big" disabled={busy}>
        Lås op
      </button>
    </form>
  );
}
