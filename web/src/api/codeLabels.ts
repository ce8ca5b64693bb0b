// The Danish labels of the API's codes and the body of each command, generated from the
// code tables in src/core and the command registries in src/json by
// tools/openapi_schemas.cpp (`make openapi`); do not edit.
import type { components } from './schema';

type Schemas = components['schemas'];

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
  AgreementPoint: {
    discharge_procedure: 'Hvordan udskrivning til afklaringspladsen foregår, og hvem der er ansvarlig',
    psychiatric_advice: 'Psykiatrifaglig rådgivning af medarbejderne',
    medication_and_deterioration: 'Medicin og kommunikation ved akut forværring',
    parallel_treatment: 'Sideløbende psykiatrisk behandling',
    readmission: 'Hvad parterne gør ved genindlæggelse',
    other_support: 'Regionens øvrige bistand i afprøvningsperioden',
  },
  ConsentPurpose: {
    share_with_unit: 'Deling af henvisningen med afklaringstilbuddet',
    share_with_actor: 'Deling med en aktør i forløbet',
    share_back_with_ward: 'Status og udfald tilbage til sengeafsnittet',
  },
  ConsentStatus: {
    given: 'Givet',
    refused: 'Afvist',
    withdrawn: 'Trukket tilbage',
    cannot_take_position: 'Kan ikke tage stilling – retsgrundlag brugt',
  },
  ConsentForm: {
    oral: 'Mundtligt',
    written: 'Skriftligt',
  },
  Role: {
    ward_staff: 'Sengeafsnit',
    unit_staff: 'Medarbejder på afklaringstilbud',
    unit_lead: 'Leder af afklaringstilbud',
    authority: 'Myndighedsrådgiver',
    project_lead: 'Projektleder',
    evaluator: 'Evaluator',
    admin: 'Administrator',
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

/** The kind of organisation a user of each role belongs to (core/role.cpp). */
export const ROLE_ORGANISATION = {
  ward_staff: 'ward',
  unit_staff: 'unit',
  unit_lead: 'unit',
  authority: 'municipality',
  project_lead: 'municipality',
  evaluator: 'national',
  admin: 'system',
} as const;

/** The body of each command (POST /courses/{courseId}/commands/{command}). */
export interface CourseCommandBodies {
  'appoint-key-worker': Schemas['AppointKeyWorker'];
  'record-ward-visit': Schemas['RecordWardVisit'];
  'record-place-visit': Schemas['RecordPlaceVisit'];
  'add-discharge-agreement': Schemas['AddDischargeAgreement'];
  'set-ready-for-discharge': Schemas['SetReadyForDischarge'];
  'plan-move-in': Schemas['PlanMoveIn'];
  'move-in': Schemas['MoveIn'];
  'save-plan': Schemas['SavePlan'];
  'add-status-note': Schemas['AddStatusNote'];
  'record-vum': Schemas['RecordVum'];
  'add-actor': Schemas['AddActor'];
  'update-actor': Schemas['UpdateActor'];
  'save-crisis-plan': Schemas['SaveCrisisPlan'];
  'set-substance-use-approach': Schemas['SetSubstanceUseApproach'];
  'pause-for-admission': Schemas['PauseForAdmission'];
  'resume-after-admission': Schemas['ResumeAfterAdmission'];
  'extend-stay': Schemas['ExtendStay'];
  'decide-allocation': Schemas['DecideAllocation'];
  'add-handover-note': Schemas['AddHandoverNote'];
  'move-out': Schemas['MoveOut'];
  'add-follow-up-contact': Schemas['AddFollowUpContact'];
  'close': Schemas['CloseCourse'];
  'cancel': Schemas['CancelCourse'];
  'complete-task': Schemas['CompleteTask'];
}

/** The body of each command (POST /referrals/{referralId}/commands/{command}). */
export interface ReferralCommandBodies {
  'accept': Schemas['AcceptReferral'];
  'decline': Schemas['DeclineReferral'];
  'withdraw': Schemas['WithdrawReferral'];
  'waitlist': Schemas['WaitlistReferral'];
}
