// Danish labels of the API's codes. The code tables' own labels are generated from src/core
// (api/codeLabels.ts); the two state tables below are this app's headings and status lines, worded
// for the screen rather than for the server's messages.
import { CODE_LABELS } from './api/codeLabels';

export const COURSE_STATE: Record<string, string> = {
  phase_1: 'Fase 1 – overgang fra psykiatrien',
  phase_2: 'Fase 2 – ophold',
  phase_3: 'Fase 3 – overgang til rette tilbud',
  follow_up: 'Opfølgning',
  closed: 'Afsluttet',
  cancelled: 'Annulleret',
};

export const COURSE_STATE_SHORT: Record<string, string> = {
  phase_1: 'Fase 1',
  phase_2: 'Fase 2',
  phase_3: 'Fase 3',
  follow_up: 'Opfølgning',
  closed: 'Afsluttet',
  cancelled: 'Annulleret',
};

export const REFERRAL_STATE: Record<string, string> = {
  submitted: 'Modtaget – afventer fælles vurdering',
  accepted: 'Optaget',
  declined: 'Afvist',
  withdrawn: 'Trukket tilbage',
  waiting_list: 'Venteliste',
};

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
