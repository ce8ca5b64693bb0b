// Danish labels of the API's codes (the same texts as src/core).

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

export const SUPPORT_SITUATION: Record<string, string> = {
  none_needs_support: 'Ingen social støtte, men behov for støtte',
  has_support_needs_more: 'Har social støtte, men behov for mere',
};

export const SUBSTANCE_USE: Record<string, string> = {
  none: 'Intet misbrug',
  previous: 'Tidligere misbrug',
  active: 'Aktivt misbrug',
  unknown: 'Ukendt',
};

export const PLACE_KIND: Record<string, string> = { regular: 'Almindelig plads', guest: 'Gæsteplads' };

export const TASK_KIND: Record<string, string> = {
  key_worker: 'Udpeg tovholder',
  plan: 'Lav borgerens plan',
  status_review: 'Statusopfølgning',
  reassessment: 'Revurdering af opholdet',
  follow_up: 'Opfølgning efter fraflytning',
};

export const EVENT_KIND: Record<string, string> = {
  ward_visit: 'Besøg på sengeafsnittet',
  place_visit: 'Besøg på afklaringspladsen',
  trial_night: 'Prøveovernatning',
};

export const DISCHARGE_AGREEMENT_KIND: Record<string, string> = {
  udskrivningsaftale: 'Udskrivningsaftale',
  koordinationsplan: 'Koordinationsplan',
};

export const GOAL_STATUS: Record<string, string> = {
  not_started: 'Ikke påbegyndt',
  in_progress: 'I gang',
  achieved: 'Nået',
  dropped: 'Opgivet',
};

export const ACTOR_KIND: Record<string, string> = {
  jobcenter: 'Jobcenter',
  general_practitioner: 'Egen læge',
  substance_treatment: 'Misbrugsbehandling',
  outpatient_psychiatry: 'Ambulant psykiatri',
  network: 'Netværk',
  civil_society: 'Civilsamfund',
  other: 'Andet',
};

export const DESTINATION: Record<string, string> = {
  own_home_without_support: 'Eget hjem uden støtte',
  own_home_with_support: 'Eget hjem med støtte (§ 85)',
  temporary_housing: 'Midlertidigt botilbud (§ 107)',
  long_term_housing: 'Længerevarende botilbud (§ 108 / ABL § 105)',
  shelter: 'Forsorgshjem (§ 110)',
  family: 'Familie',
  other: 'Andet',
  readmitted: 'Genindlagt',
  deceased: 'Død',
};

export const label = (table: Record<string, string>, code: string | null | undefined) => (code ? (table[code] ?? code) : '');
