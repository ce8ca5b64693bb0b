// The API's operations as types, read from the OpenAPI document (schema.d.ts is generated from it):
// for a method and a path template, the path parameters, the query, the request body and the
// answer. A call with a wrong path, a missing parameter or a body of the wrong shape does not
// compile, and a changed schema shows up at every call site that depends on it.
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'delete';

/** The document's paths without the `/api/v1` prefix, as the client is called. */
type Operations = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };

/** The path templates that have an operation for `M`. */
export type PathOf<M extends Method> = {
  [P in keyof Operations]: Operations[P][M] extends { responses: unknown } ? P : never;
}[keyof Operations];

type Operation<M extends Method, P extends PathOf<M>> = Operations[P][M];

type Json<Content> = Content extends { content: { 'application/json': infer Body } } ? Body : null;

/** The answer of the operation's success status (204 answers nothing). */
export type AnswerOf<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { responses: infer Responses }
    ? Responses extends { 200: infer Answer }
      ? Json<Answer>
      : Responses extends { 201: infer Answer }
        ? Json<Answer>
        : Responses extends { 202: infer Answer }
          ? Json<Answer>
          : null
    : never;

/** The JSON request body, or `undefined` for an operation that takes none. */
export type BodyOf<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : undefined;

type Parameters<M extends Method, P extends PathOf<M>> = Operation<M, P> extends { parameters: infer Given } ? Given : never;
export type PathParamsOf<M extends Method, P extends PathOf<M>> = Parameters<M, P> extends { path: infer Path } ? Path : undefined;
export type QueryOf<M extends Method, P extends PathOf<M>> = Parameters<M, P> extends { query?: infer Query } ? Query : undefined;

/** What a call passes beside the path: each part only where the operation has it. */
export type CallOptions<M extends Method, P extends PathOf<M>> = (PathParamsOf<M, P> extends undefined
  ? { path?: undefined }
  : { path: PathParamsOf<M, P> }) &
  (BodyOf<M, P> extends undefined ? { body?: undefined } : { body: BodyOf<M, P> }) & {
    query?: QueryOf<M, P>;
    /** The version the user saw (If-Match); a colleague's later change answers 412. */
    ifMatch?: number;
  };

/** The options argument, optional when the operation needs neither path parameters nor a body. */
export type OptionsArgument<M extends Method, P extends PathOf<M>> = object extends CallOptions<M, P>
  ? [options?: CallOptions<M, P>]
  : [options: CallOptions<M, P>];

/** The GET operations that answer a list as `{items: [...]}`. */
export type ListPath = { [P in PathOf<'get'>]: AnswerOf<'get', P> extends { items: unknown[] } ? P : never }[PathOf<'get'>];

/** Where the API is served; the client and download links prefix every target with it. */
export const API_BASE = '/api/v1';

/** A link (e.g. a CSV download) to a request target, for an <a href>; the session cookie goes along. */
export const apiHref = (target: string) => API_BASE + target;

/** The request target for a path template: parameters filled in (encoded), empty query values left out. */
export function targetOf(template: string, path?: { readonly [name: string]: unknown }, query?: { readonly [name: string]: unknown }): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined || value === null) throw new Error(`path parameter ${name} missing for ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}
