-- 017: letters between a unit and a ward about a course, exchanged as MedCom
-- CareCommunication (docs/medcom.md). A letter is a document like the other
-- aggregates; its MedCom message id is UNIQUE, so a replayed incoming letter
-- changes nothing. medcom_outbox keeps the Bundle of each letter sent until
-- the adapter has collected it (collected_at), as files in the outbox folder
-- and through the API.
CREATE TABLE letters (
  id {{id}},
  course_id INTEGER NOT NULL REFERENCES courses(id),
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  message_id TEXT NOT NULL UNIQUE,
  document TEXT NOT NULL,
  document_schema INTEGER NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX letters_by_course ON letters(course_id);

CREATE TABLE medcom_outbox (
  id {{id}},
  message_id TEXT NOT NULL UNIQUE,
  letter_id INTEGER NOT NULL REFERENCES letters(id),
  created_at INTEGER NOT NULL,
  bundle TEXT NOT NULL,
  collected_at INTEGER
);
CREATE INDEX medcom_outbox_waiting ON medcom_outbox(collected_at);
