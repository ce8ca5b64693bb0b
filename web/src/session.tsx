// Who is logged in. A 401 on any call opens the log-in dialog over the page without unmounting
// it, so whatever the user was typing stays in the form and can be sent after logging in again.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, type SessionUser } from './api/client';

interface SessionState {
  user: SessionUser | null;
  loading: boolean;
  expired: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Reads the session again (after a password change). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    api.onUnauthorized(() => setExpired(true));
    api
      .currentSession()
      .then((session) => setUser(session.user))
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
    return () => api.onUnauthorized(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.login(username, password);
    setUser(session.user);
    setExpired(false);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setUser(null);
      setExpired(false);
    }
  }, []);

  const refresh = useCallback(async () => {
    const session = await api.currentSession();
    setUser(session.user);
  }, []);

  const value = useMemo(() => ({ user, loading, expired, login, logout, refresh }), [user, loading, expired, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

export type Role = SessionUser['role'];
/** Whether the user's role may run `action` (the server's list in the session); the server still
 *  decides each request on its record and consent. */
export const may = (user: SessionUser | null | undefined, action: string) => !!user?.allowed_actions.includes(action);
