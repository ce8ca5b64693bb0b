// The API client: same origin, session cookie, CSRF header on every state-changing request,
// If-Match for updates, and errors mapped to one ApiError with the server's Danish message.
import type { components } from './schema';
import { API_BASE, targetOf, type AnswerOf, type Method, type OptionsArgument, type PathOf } from './operations';

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

  /** One operation of the API, typed from the OpenAPI document: path template, its parameters,
   *  query and body are checked against the operation, and the answer has its documented type. */
  async call<M extends Method, P extends PathOf<M>>(method: M, path: P, ...[options]: OptionsArgument<M, P>): Promise<AnswerOf<M, P>> {
    // The generic options, read as plain parts (their types were checked at the call).
    const given = (options ?? {}) as { path?: { [name: string]: unknown }; query?: { [name: string]: unknown }; body?: unknown; ifMatch?: number };
    const target = targetOf(path, given.path, given.query);
    return (await this.send(method.toUpperCase(), target, given.body, given.ifMatch)) as AnswerOf<M, P>;
  }
  get<P extends PathOf<'get'>>(path: P, ...options: OptionsArgument<'get', P>) {
    return this.call('get', path, ...options);
  }
  post<P extends PathOf<'post'>>(path: P, ...options: OptionsArgument<'post', P>) {
    return this.call('post', path, ...options);
  }
  put<P extends PathOf<'put'>>(path: P, ...options: OptionsArgument<'put', P>) {
    return this.call('put', path, ...options);
  }

  private async send(method: string, path: string, body: unknown, ifMatch: number | undefined): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-CSRF-Token'] = this.csrf;
    if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
    let response: Response;
    try {
      response = await fetch(API_BASE + path, {
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
    return json;
  }

  async login(username: string, password: string): Promise<Session> {
    const session = await this.post('/session', { body: { username, password } });
    this.csrf = session.csrf_token;
    return session;
  }
  async currentSession(): Promise<Session> {
    const session = await this.get('/session');
    this.csrf = session.csrf_token;
    return session;
  }
  async logout(): Promise<void> {
    await this.call('delete', '/session');
    this.csrf = '';
  }
}

export const api = new ApiClient();
