// Danish labels of the API's codes, generated from the code tables in src/core (api/codeLabels.ts).
import { CODE_LABELS } from './api/codeLabels';

/** A label as a heading or a table cell: "fase 2 (ophold)" → "Fase 2 (ophold)". */
const asHeading = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const mapLabels = (table: Record<string, string>, shape: (text: string) => string) =>
  Object.fromEntries(Object.entries(table).map(([code, text]) => [code, shape(text)]));

export const COURSE_STATE: Record<string, string> = mapLabels(CODE_LABELS.CourseState, asHeading);

/** Only the phase's name, where space is short: "Fase 2". */
export const COURSE_STATE_SHORT: Record<string, string> = mapLabels(CODE_LABELS.CourseState, (text) => asHeading(text.replace(/ \(.*\)$/, '')));

export const REFERRAL_STATE: Record<string, string> = CODE_LABELS.ReferralState;

export const SUPPORT_SITUATION: Record<string, string> = CODE_LABELS.SupportSituation;

export const SUBSTANCE_USE: Record<string, string> = CODE_LABELS.SubstanceUse;

export const PLACE_KIND: Record<string, string> = CODE_LABELS.PlaceKind;

export const TASK_KIND: Record<string, string> = CODE_LABELS.TaskKind;

export const EVENT_KIND: Record<string, string> = CODE_LABELS.TransitionEventKind;

export const DISCHARGE_AGREEMENT_KIND: Record<string, string> = CODE_LABELS.DischargeAgreementKind;

export const GOAL_STATUS: Record<string, string> = CODE_LABELS.GoalStatus;

export const ACTOR_KIND: Record<string, string> = CODE_LABELS.ActorKind;

export const DESTINATION: Record<string, string> = CODE_LABELS.Destination;

export const label = (table: Record<string, string>, code: string | null | undefined) => (code ? (table[code] ?? code) : '');
