// Danish labels of the codes the Administration page shows (the same texts as src/core).

export const AGREEMENT_POLICY: Record<string, string> = {
  warn: 'Advar – borgeren kan optages uden aktiv samarbejdsaftale',
  block: 'Bloker – ingen optagelse uden aktiv samarbejdsaftale',
};

export const AGREEMENT_POINT: Record<string, string> = {
  discharge_procedure: 'Hvordan udskrivning til afklaringspladsen foregår, og hvem der er ansvarlig',
  psychiatric_advice: 'Psykiatrifaglig rådgivning af medarbejderne',
  medication_and_deterioration: 'Medicin og kommunikation ved akut forværring',
  parallel_treatment: 'Sideløbende psykiatrisk behandling',
  readmission: 'Hvad parterne gør ved genindlæggelse',
  other_support: 'Regionens øvrige bistand i afprøvningsperioden',
};

export const ROLE: Record<string, string> = {
  ward_staff: 'Sengeafsnit',
  unit_staff: 'Medarbejder på afklaringstilbud',
  unit_lead: 'Leder af afklaringstilbud',
  authority: 'Myndighedsrådgiver',
  project_lead: 'Projektleder',
  evaluator: 'Evaluator',
  admin: 'Administrator',
};

/** The kind of organisation a role belongs to (core/role.cpp); null = none. */
export const ROLE_ORGANISATION: Record<string, 'ward' | 'unit' | 'municipality' | null> = {
  ward_staff: 'ward',
  unit_staff: 'unit',
  unit_lead: 'unit',
  authority: 'municipality',
  project_lead: 'municipality',
  evaluator: null,
  admin: null,
};

export const ORGANISATION_KIND: Record<string, string> = {
  ward: 'Sengeafsnit',
  unit: 'Tilbud',
  municipality: 'Kommune',
};

export const SETTING_UNIT: Record<string, string> = {
  kr_per_day: 'kr. pr. dag',
  days_per_course: 'dage pr. forløb',
};
