-- 008: access you can account for.
-- citizen_links: the organisations that registered a citizen (a ward may
-- refer only citizens it registered or admitted; registering a known CPR
-- links the caller instead of revealing that it was known).
CREATE TABLE citizen_links (
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  organisation_kind TEXT NOT NULL,
  organisation_id INTEGER NOT NULL,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (citizen_id, organisation_kind, organisation_id)
);

-- consents: one row per recorded consent, never changed; the newest row of a
-- purpose (and actor) is in force (core/consent.hpp).
CREATE TABLE consents (
  id {{id}},
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  purpose TEXT NOT NULL,
  course_id INTEGER,
  actor_id INTEGER,
  status TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  form TEXT NOT NULL,
  recorded_on TEXT NOT NULL,
  recorded_by_user_id INTEGER NOT NULL,
  recorded_by_role TEXT NOT NULL
);
CREATE INDEX consents_by_citizen ON consents(citizen_id, id);

-- The audit log becomes a hash chain: each entry carries the hash of the one
-- before it (store/audit_chain). `purpose` says why a citizen's data was used.
ALTER TABLE audit_log ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
-- The refusal's stable code (role_not_allowed, not_found, consent_missing, …).
ALTER TABLE audit_log ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- After `audit prune`, the hash the first remaining entry links back to.
CREATE TABLE audit_anchor (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  first_id INTEGER NOT NULL,
  prev_hash TEXT NOT NULL,
  pruned_before TEXT NOT NULL
);
