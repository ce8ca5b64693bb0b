// Types and calls of the Administration page: a unit with its places and settings, cooperation
// agreements, users, and the versioned prices and baselines.
import { api, ApiError, type Schemas } from '../api/client';
import type { AnswerOf, ListPath, OptionsArgument } from '../api/operations';

export type UnitDetail = Schemas['UnitDetail'];
export type UnitPlace = UnitDetail['places'][number];
export type PlaceClosure = UnitPlace['closures'][number];
export type DeadlineRules = Schemas['DeadlineRules'];
export type UnitConfiguration = Schemas['ConfigureUnit'];
export type EconomicSetting = Schemas['EconomicSetting'];

export interface Named {
  id: number;
  name: string;
}
export type Ward = Schemas['Ward'];
export type Agreement = Schemas['AgreementView'];
export type UserRow = Schemas['User'];
export type LoginLock = Schemas['LoginLock'];
/** The items of a list answer. */
export async function listOf<P extends ListPath>(path: P, ...options: OptionsArgument<'get', P>): Promise<ItemOf<P>[]> {
  // ListPath admits only answers with `items`; TypeScript cannot narrow the generic answer itself.
  const answer = (await api.get(path, ...options)) as unknown as { items: ItemOf<P>[] };
  return answer.items;
}
type ItemOf<P extends ListPath> = AnswerOf<'get', P> extends { items: (infer Item)[] } ? Item : never;

export const loadUnit = (unitId: number) => api.get('/units/{unitId}', { path: { unitId } });

/** The server names nested fields ("deadline_rules.plan_working_days"); the form knows the last part. */
export async function withFieldsUnder<T>(prefix: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof ApiError && e.field?.startsWith(prefix)) {
      throw new ApiError(e.status, e.code, e.message, e.field.slice(prefix.length));
    }
    throw e;
  }
}

/** An input error found before sending, shown next to `field` like the server's. */
export function fieldError(field: string, message: string): ApiError {
  return new ApiError(400, 'client_check', message, field);
}
