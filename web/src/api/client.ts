// The API client: same origin, session cookie, CSRF header on every state-changing request,
// If-Match for updates, and errors mapped to one ApiError with the server's Danish message.
import type { components } from './schema';

export type Schemas = components['schemas'];
export type Session = Schemas['Session'];
export type SessionUser = Session['user'];
export type Board = Schemas['Board'];
export type BoardPlace = Board['places'][number];
export type BoardWaiting = Schemas['BoardWaiting'];
export type ReferralView = Schemas['ReferralView'];
export type CourseView = Schemas['CourseView'];
export type Unit = Schemas['UnitDetail'];
export type Citizen = Schemas['Citizen'];
export type Consents = Schemas['Consents'];
export type AccessLog = Schemas['AccessLog'];

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
  get isConflict() {
    return this.status === 412;
  }
  get isForbidden() {
    return this.status === 403;
  }
}

/** Plain Danish texts for answers that carry no message of their own (network, 5xx). */
export function fallbackMessage(status: number): string {
  if (status === 0) return 'Der er ingen forbindelse til serveren. Prøv igen om lidt.';
  if (status === 401) return 'Du er ikke logget ind, eller din session er udløbet.';
  if (status === 403) return 'Du har ikke adgang til dette.';
  if (status === 404) return 'Det findes ikke (længere).';
  if (status === 412) return 'En kollega har ændret dette, siden du hentede det.';
  return 'Der skete en fejl på serveren. Prøv igen.';
}

type Listener = (error: ApiError) => void;

/** Holds the CSRF token and tells the app when the session has expired (401). */
export class ApiClient {
  private csrf = '';
  private unauthorizedListener: Listener | null = null;

  setCsrf(token: string) {
    this.csrf = token;
  }
  onUnauthorized(listener: Listener | null) {
    this.unauthorizedListener = listener;
  }

  async request<T>(method: string, path: string, body?: unknown, ifMatch?: number): Promise<{ data: T; etag: number | null }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-CSRF-Token'] = this.csrf;
    if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
    let response: Response;
    try {
      response = await fetch(BASE + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network', fallbackMessage(0));
    }
    const text = await response.text();
    let json: unknown = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    if (!response.ok) {
      const error = (json as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
      const apiError = new ApiError(
        response.status,
        error?.code ?? 'http_' + response.status,
        error?.message ?? fallbackMessage(response.status),
        error?.field ?? undefined,
      );
      if (response.status === 401 && path !== '/session') this.unauthorizedListener?.(apiError);
      throw apiError;
    }
    const etagHeader = response.headers.get('ETag');
    const etag = etagHeader ? Number(etagHeader.replace(/[^0-9]/g, '')) : null;
    return { data: json as T, etag };
  }

  async get<T>(path: string): Promise<T> {
    return (await this.request<T>('GET', path)).data;
  }
  async post<T>(path: string, body: unknown, ifMatch?: number): Promise<T> {
    return (await this.request<T>('POST', path, body, ifMatch)).data;
  }

  async login(username: string, password: string): Promise<Session> {
    const session = await this.post<Session>('/session', { username, password });
    this.csrf = session.csrf_token;
    return session;
  }
  async currentSession(): Promise<Session> {
    const session = await this.get<Session>('/session');
    this.csrf = session.csrf_token;
    return session;
  }
  async logout(): Promise<void> {
    await this.request('DELETE', '/session');
    this.csrf = '';
  }
}

export const api = new ApiClient();
