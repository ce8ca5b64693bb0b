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
    none: 'Ingen brug af rusmidler',
    previous: 'Tidligere brug af rusmidler',
    active: 'Aktuel brug af rusmidler',
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
    substance_treatment: 'Rusmiddelbehandling',
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
  CourseState: {
    phase_1: 'fase 1 (overgang fra psykiatrien)',
    phase_2: 'fase 2 (ophold)',
    phase_3: 'fase 3 (overgang til rette tilbud)',
    follow_up: 'opfølgning',
    closed: 'afsluttet',
    cancelled: 'annulleret',
  },
  ReferralState: {
    submitted: 'Modtaget – afventer fælles vurdering',
    accepted: 'Optaget',
    declined: 'Afvist',
    withdrawn: 'Trukket tilbage',
    waiting_list: 'Venteliste',
  },
  AgreementPolicy: {
    warn: 'Advar – borgeren kan optages uden aktiv samarbejdsaftale',
    block: 'Bloker – ingen optagelse uden aktiv samarbejdsaftale',
  },
  SettingUnit: {
    kr_per_day: 'kr. pr. dag',
    days_per_course: 'dage pr. forløb',
  },
  OrganisationKind: {
    ward: 'Sengeafsnit',
    unit: 'Tilbud',
    municipality: 'Kommune',
    national: 'Nationalt',
    system: 'System',
  },
  Assumption: {
    poisson_arrivals: 'henvisningerne kommer ikke jævnt tilfældigt (ugemønster, udvikling eller egne data)',
    nobody_waits: 'borgerne kan vente på en plads',
    everyone_waits: 'der er en grænse for, hvor længe en borger venter',
    exponential_holds: 'opholdene følger ikke en eksponentialfordeling (eller der er genindlæggelser eller venten ved udflytning)',
    load_below_places: 'der kommer flere, end pladserne kan tage imod',
  },
  Role: {
    ward_staff: 'Sengeafsnit',
    unit_staff: 'Medarbejder på afklaringstilbud',
    unit_lead: 'Leder af afklaringstilbud',
    authority: 'Myndighedsrådgiver',
    project_lead: 'Projektleder',
    evaluator: 'Evaluator',
    admin: 'Administrator',
    integration: 'Integration',
  },
  LetterCategory: {
    'alcohol-and-drug-treatment': 'Rusmiddelbehandling',
    'assistive-devices': 'Hjælpemidler',
    carecoordination: 'Forløbskoordinering',
    decease: 'Dødsfald',
    discharge: 'Udskrivelse',
    'examination-results': 'Undersøgelsessvar',
    healthcare: 'Sundhedspleje',
    'home-care-assessment': 'Visitation',
    medicine: 'Medicin',
    nursing: 'Sygepleje',
    outpatient: 'Ambulant',
    'psychiatry-social-disability': 'Psykiatri, social, handicap',
    'regarding-referral': 'Vedr. henvisning',
    telemedicine: 'Telemedicin',
    training: 'Træning',
    'acute-ambulant': 'Akut ambulant',
    'extended-care-responsibility': 'Udvidet behandlingsansvar',
    other: 'Andet',
  },
  LetterDirection: {
    outgoing: 'Sendt',
    incoming: 'Modtaget',
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
  integration: 'system',
} as const;

/** The range of each named number field a request may carry (core/input_limits.cpp). */
export const NUMBER_LIMITS = {
  id: { minimum: 0, maximum: 9007199254740991 },
  version: { minimum: 0, maximum: 9007199254740991 },
  plan_version: { minimum: 0, maximum: 9007199254740991 },
  corrections_seen: { minimum: 0, maximum: 10000 },
  instrument_version: { minimum: 0, maximum: 9007199254740991 },
  next_local_id: { minimum: 0, maximum: 9007199254740991 },
  seed: { minimum: 0, maximum: 9007199254740991 },
  number: { minimum: 1, maximum: 10000 },
  place_number: { minimum: 1, maximum: 10000 },
  places: { minimum: 0, maximum: 10000 },
  min_places: { minimum: 0, maximum: 10000 },
  max_places: { minimum: 0, maximum: 10000 },
  extra_places: { minimum: 0, maximum: 1000 },
  guest_beds: { minimum: 0, maximum: 10000 },
  daily_tariff: { minimum: 0, maximum: 1000000 },
  tariff_per_place_day: { minimum: 0, maximum: 1000000 },
  faerdigbehandling_price_per_day: { minimum: 0, maximum: 1000000 },
  annual_cost_per_place: { minimum: 0, maximum: 100000000 },
  fixed_annual_cost: { minimum: 0, maximum: 10000000000 },
  budget: { minimum: 0, maximum: 10000000000 },
  year_end_result: { minimum: -10000000000, maximum: 10000000000 },
  hour_cost: { minimum: 0, maximum: 100000 },
  value: { minimum: -10000000, maximum: 10000000 },
  budgeted_occupancy_percent: { minimum: 0, maximum: 100 },
  time_of_day_supplement_percent: { minimum: 0, maximum: 100 },
  variable_overhead_percent: { minimum: 0, maximum: 100 },
  absence_correction_percent: { minimum: 0, maximum: 100 },
  probability: { minimum: 0, maximum: 1 },
  acceptance_share: { minimum: 0, maximum: 1 },
  max_share_waiting: { minimum: 0, maximum: 1 },
  mean_days: { minimum: 0, maximum: 3650 },
  sd_days: { minimum: 0, maximum: 3650 },
  stay_days: { minimum: 0, maximum: 3650 },
  values_days: { minimum: 0, maximum: 3650 },
  max_mean_wait_days: { minimum: 0, maximum: 3650 },
  max_wait_days: { minimum: 0, maximum: 3650 },
  replay_period_days: { minimum: 0, maximum: 36500 },
  warmup_days: { minimum: 0, maximum: 365000 },
  key_worker_working_days: { minimum: 0, maximum: 30 },
  plan_working_days: { minimum: 0, maximum: 60 },
  status_review_interval_days: { minimum: 0, maximum: 180 },
  reassessment_months: { minimum: 0, maximum: 24 },
  follow_up_months: { minimum: 1, maximum: 24 },
  year: { minimum: 1900, maximum: 2100 },
  minutes_per_day: { minimum: 1, maximum: 1440 },
  days_per_week: { minimum: 1, maximum: 7 },
  years: { minimum: 0, maximum: 1000 },
  rate_per_week: { minimum: 0, maximum: 10000 },
  trend_per_year: { minimum: -1, maximum: 100 },
  weekly_pattern: { minimum: 0, maximum: 1000 },
  replications: { minimum: 1, maximum: 10000 },
  time_limit_seconds: { minimum: 0, maximum: 86400 },
  min_value: { minimum: -1000, maximum: 1000 },
  max_value: { minimum: -1000, maximum: 1000 },
  factor: { minimum: 0, maximum: 1000 },
  minimum_answered: { minimum: 0, maximum: 1000 },
  relevant_change: { minimum: 0, maximum: 1000 },
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
  'correct-note': Schemas['CorrectNote'];
}

/** The body of each command (POST /referrals/{referralId}/commands/{command}). */
export interface ReferralCommandBodies {
  'accept': Schemas['AcceptReferral'];
  'decline': Schemas['DeclineReferral'];
  'withdraw': Schemas['WithdrawReferral'];
  'waitlist': Schemas['WaitlistReferral'];
  'citizen-declines': Schemas['CitizenDeclinesStay'];
}
