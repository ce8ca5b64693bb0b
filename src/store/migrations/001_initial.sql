-- 001: organisations, citizens, referrals, courses, agreements, users,
-- sessions and the audit log. Aggregates are stored as one JSON document
-- plus the key columns that queries filter and join on.
-- {{id}} is the back end's auto-increment primary key.

CREATE TABLE municipalities (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE regions (
  id {{id}},
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE wards (
  id {{id}},
  region_id INTEGER NOT NULL REFERENCES regions(id),
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE units (
  id {{id}},
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE citizens (
  id {{id}},
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  cpr_key TEXT UNIQUE,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE referrals (
  id {{id}},
  unit_id INTEGER NOT NULL REFERENCES units(id),
  ward_id INTEGER NOT NULL REFERENCES wards(id),
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  state TEXT NOT NULL,
  referral_date TEXT NOT NULL,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_by_unit ON referrals(unit_id, state);
CREATE INDEX referrals_by_ward ON referrals(ward_id);

CREATE TABLE courses (
  id {{id}},
  unit_id INTEGER NOT NULL REFERENCES units(id),
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  referral_id INTEGER NOT NULL UNIQUE REFERENCES referrals(id),
  state TEXT NOT NULL,
  place_id INTEGER,
  occupies_place INTEGER NOT NULL DEFAULT 0,
  move_in TEXT,
  move_out TEXT,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX courses_by_unit ON courses(unit_id, state);
CREATE INDEX courses_by_citizen ON courses(citizen_id);
-- The last line of defence against two citizens in one place.
CREATE UNIQUE INDEX courses_one_occupant_per_place ON courses(unit_id, place_id) WHERE occupies_place = 1;

CREATE TABLE cooperation_agreements (
  id {{id}},
  unit_id INTEGER NOT NULL REFERENCES units(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agreements_by_unit ON cooperation_agreements(unit_id);

CREATE TABLE users (
  id {{id}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation_kind TEXT NOT NULL,
  organisation_id INTEGER,
  active INTEGER NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  user_id INTEGER,
  role TEXT,
  action TEXT NOT NULL,
  citizen_id INTEGER,
  entity TEXT,
  entity_id INTEGER,
  address TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX audit_by_citizen ON audit_log(citizen_id);

-- Secrets created at random per installation (e.g. the CPR lookup key).
CREATE TABLE installation_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
