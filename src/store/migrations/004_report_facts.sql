-- 004: the read model the reports are computed from. Parsing every course
-- document would be far too slow at national scale, so each save of a
-- Referral, Course or Citizen keeps these narrow rows in step
-- (store/report_facts.cpp). Dates are day serials (days since 1970-01-01).

-- One row per referral (with or without a course), so referral counts and
-- the acceptance rate include declined, withdrawn and pending referrals.
CREATE TABLE report_referral_facts (
  referral_id INTEGER PRIMARY KEY,
  citizen_id INTEGER NOT NULL,
  unit_id INTEGER NOT NULL,
  ward_id INTEGER NOT NULL,
  region_id INTEGER NOT NULL,
  municipality_id INTEGER NOT NULL,  -- the citizen's home (acting) municipality
  referral_date INTEGER NOT NULL,
  decision TEXT NOT NULL,            -- pending/accepted/declined/withdrawn/waiting_list
  decision_date INTEGER,
  index_admission_id INTEGER         -- the admission the referral was made from
);
CREATE INDEX report_referral_facts_by_unit ON report_referral_facts(unit_id);
CREATE INDEX report_referral_facts_by_municipality ON report_referral_facts(municipality_id);
CREATE INDEX report_referral_facts_by_region ON report_referral_facts(region_id);
CREATE INDEX report_referral_facts_by_citizen ON report_referral_facts(citizen_id);

-- One row per course; joined to its referral.
CREATE TABLE report_course_facts (
  course_id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL UNIQUE,
  move_in INTEGER,
  move_out INTEGER,
  destination TEXT
);

-- One row per hospital admission of a citizen.
CREATE TABLE report_admission_facts (
  citizen_id INTEGER NOT NULL,
  admission_id INTEGER NOT NULL,
  ward_id INTEGER NOT NULL,
  admitted INTEGER NOT NULL,
  ready_for_discharge INTEGER,
  discharged INTEGER,
  PRIMARY KEY (citizen_id, admission_id)
);

-- Baselines the observed figures are compared with (configuration, with source).
CREATE TABLE report_baselines (
  code TEXT PRIMARY KEY,
  label_da TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,  -- REAL is 4 bytes in PostgreSQL
  source TEXT NOT NULL,
  year INTEGER NOT NULL
);
