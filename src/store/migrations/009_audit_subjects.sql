-- One audit entry per act: a board look-up that shows twelve citizens is one
-- entry with twelve subjects, not twelve entries, so the group-committed
-- audit write stops being most of a board refresh. `subjects` lists the
-- citizens as "citizen:record" pairs ("12:345,13:-") and is covered by the
-- entry's hash; for one subject the hash is computed as before, so entries
-- written earlier still verify.
ALTER TABLE audit_log ADD COLUMN subjects TEXT NOT NULL DEFAULT '';
UPDATE audit_log SET subjects = CAST(citizen_id AS TEXT) || ':' || COALESCE(CAST(entity_id AS TEXT), '-'),
  entity_id = NULL
  WHERE citizen_id IS NOT NULL;

-- The index a citizen's access log is read through: which blocks of 1,024
-- consecutive entries name the citizen (store/audit_repository). One row per
-- citizen and block, not per entry, so a commit adds a row only the first
-- time a block names a citizen instead of touching one index page per
-- citizen every time; reading a block back costs a range scan of at most
-- 1,024 entries. `audit verify` checks the index against the chain.
CREATE TABLE audit_subjects (
  citizen_id INTEGER NOT NULL,
  entry_block INTEGER NOT NULL,
  PRIMARY KEY (citizen_id, entry_block)
){{without_rowid}};
INSERT INTO audit_subjects (citizen_id, entry_block)
  SELECT DISTINCT citizen_id, id / 1024 FROM audit_log WHERE citizen_id IS NOT NULL;

DROP INDEX audit_by_citizen;
ALTER TABLE audit_log DROP COLUMN citizen_id;
