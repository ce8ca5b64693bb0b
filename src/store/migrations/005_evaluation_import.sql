-- 005: pseudonymised evaluation datasets imported from several
-- installations (`afklaring import evaluation`). Rows are keyed by the
-- source installation and the row's key there, so importing the same file
-- again changes nothing and a newer export of the same source replaces its
-- rows. Dates are day serials; `person` is the keyed pseudonym.

CREATE TABLE evaluation_courses (
  source TEXT NOT NULL,
  referral_key TEXT NOT NULL,
  course_key TEXT,
  person TEXT NOT NULL,
  age_band TEXT,
  municipality_code TEXT NOT NULL,
  unit_key TEXT NOT NULL,
  referral_date INTEGER NOT NULL,
  decision TEXT NOT NULL,
  decision_date INTEGER,
  move_in INTEGER,
  move_out INTEGER,
  destination TEXT,
  index_admission_key TEXT,
  PRIMARY KEY (source, referral_key)
);
CREATE INDEX evaluation_courses_by_municipality ON evaluation_courses(municipality_code);

CREATE TABLE evaluation_admissions (
  source TEXT NOT NULL,
  admission_key TEXT NOT NULL,
  person TEXT NOT NULL,
  admitted INTEGER NOT NULL,
  ready_for_discharge INTEGER,
  discharged INTEGER,
  PRIMARY KEY (source, admission_key)
);

CREATE TABLE evaluation_places (
  source TEXT NOT NULL,
  place_key TEXT NOT NULL,
  unit_key TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  opened INTEGER NOT NULL,
  closures TEXT NOT NULL,  -- JSON array of [first, last] day serials
  PRIMARY KEY (source, place_key)
);

CREATE TABLE evaluation_responses (
  source TEXT NOT NULL,
  response_key TEXT NOT NULL,
  course_key TEXT NOT NULL,
  person TEXT NOT NULL,
  instrument_code TEXT NOT NULL,
  time_point TEXT NOT NULL,
  answered_on INTEGER NOT NULL,
  answers TEXT NOT NULL,  -- JSON array of {item_code, value}
  PRIMARY KEY (source, response_key)
);
