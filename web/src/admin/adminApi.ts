// Types and calls of the Administration page: a unit with its places and settings, cooperation
// agreements, users, and the versioned prices and baselines.
import { api, ApiError, type Schemas } from '../api/client';

export type UnitDetail = Schemas['UnitDetail'];
export type UnitPlace = Schemas['UnitPlace'];
export type PlaceClosure = Schemas['PlaceClosure'];
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
export interface KnownSettingCode {
  code: string;
  kind: string;
  unit: string;
  label_da: string;
}
export interface SettingsAnswer {
  items: EconomicSetting[];
  known_codes: KnownSettingCode[];
}

export async function listOf<T>(path: string): Promise<T[]> {
  return (await api.get<{ items: T[] }>(path)).items;
}

export const loadUnit = (unitId: number) => api.get<UnitDetail>(`/units/${unitId}`);

/** A unit command (POST or PUT) based on the version the user saw; answers the changed unit. */
export async function changeUnit(method: 'POST' | 'PUT', unit: UnitDetail, path: string, body: unknown): Promise<UnitDetail> {
  return (await api.request<UnitDetail>(method, `/units/${unit.id}${path}`, body, unit.version)).data;
}

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
