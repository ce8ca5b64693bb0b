// The Danish labels of the API's codes, generated from the code tables in src/core by
// tools/openapi_schemas.cpp (`make openapi`); do not edit.
export const CODE_LABELS = {
  SupportSituation: {
    none_needs_support: 'Ingen social støtte, men behov for støtte',
    has_support_needs_more: 'Har social støtte, men behov for mere',
  },
  SubstanceUse: {
    none: 'Intet misbrug',
    previous: 'Tidligere misbrug',
    active: 'Aktivt misbrug',
    unknown: 'Ukendt',
  },
  PlaceKind: {
    regular: 'Almindelig plads',
    guest: 'Gæsteseng',
  },
  TaskKind: {
    key_worker: 'Udpeg tovholder',
    plan: 'Lav borgerens plan',
    status_review: 'Statusopfølgning',
    reassessment: 'Revurdering af opholdet',
    follow_up: 'Opfølgning efter fraflytning',
  },
  TransitionEventKind: {
    ward_visit: 'Besøg på sengeafsnittet',
    place_visit: 'Besøg på afklaringspladsen',
    trial_night: 'Prøveovernatning',
  },
  DischargeAgreementKind: {
    udskrivningsaftale: 'Udskrivningsaftale',
    koordinationsplan: 'Koordinationsplan',
  },
  GoalStatus: {
    not_started: 'Ikke påbegyndt',
    in_progress: 'I gang',
    achieved: 'Nået',
    dropped: 'Opgivet',
  },
  ActorKind: {
    jobcenter: 'Jobcenter',
    general_practitioner: 'Egen læge',
    substance_treatment: 'Misbrugsbehandling',
    outpatient_psychiatry: 'Ambulant psykiatri',
    network: 'Netværk',
    civil_society: 'Civilsamfund',
    other: 'Andet',
  },
  TimePoint: {
    move_in: 'Ved indflytning',
    move_out: 'Ved fraflytning',
    follow_up: 'Ved opfølgning',
    monthly: 'Månedlig',
  },
  DueStatus: {
    answered: 'Besvaret',
    due: 'Skal besvares nu',
    missing: 'Ikke besvaret',
    upcoming: 'Senere',
  },
  Destination: {
    own_home_without_support: 'Eget hjem uden støtte',
    own_home_with_support: 'Eget hjem med støtte (§ 85)',
    temporary_housing: 'Midlertidigt botilbud (§ 107)',
    long_term_housing: 'Længerevarende botilbud (§ 108 / ABL § 105)',
    shelter: 'Forsorgshjem (§ 110)',
    family: 'Familie',
    other: 'Andet',
    readmitted: 'Genindlagt',
    deceased: 'Død',
  },
} as const satisfies Record<string, Record<string, string>>;
