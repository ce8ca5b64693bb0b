// Small shared pieces: page heading that takes focus on navigation, loading of data, messages.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from './api/client';

/** The page's h1 (the shell focuses it after each navigation inside the app, see App.tsx). */
export function PageTitle({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.title = `${typeof children === 'string' ? children : 'Afklaring'} – Afklaring`;
  }, [children]);
  return (
    <h1 tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

/** Loads `load()` when `key` changes; keeps the last data while reloading. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef
      .current()
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, setData };
}

/** An error from the server explained in plain Danish; 403 says why access is refused. */
export function ErrorBox({ error }: { error: ApiError }) {
  return (
    <div className="alert alert-error" role="alert">
      {error.isForbidden ? <strong>Ingen adgang. </strong> : null}
      {error.message}
    </div>
  );
}

export function Loading() {
  return (
    <p className="muted" role="status">
      Henter …
    </p>
  );
}
