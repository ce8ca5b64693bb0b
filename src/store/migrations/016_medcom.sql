-- 016: MedCom. medcom_messages logs every HospitalNotification received, by
-- the message's own id (UNIQUE: a replay changes nothing), with what became of
-- it: applied, already_recorded, not_an_admission, ignored (a citizen Afklaring
-- does not know: no citizen, no body — a count only), held (waiting for a SOR
-- code's ward or for the stay it refers to: the body is kept until it is
-- applied) or cancelled (a later cancellation named it first). An integration
-- principal calls the API with a token: integration_tokens keeps its hash.
CREATE TABLE medcom_messages (
  id {{id}},
  message_id TEXT NOT NULL UNIQUE,
  received_at INTEGER NOT NULL,
  activity TEXT NOT NULL,
  outcome TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  citizen_id INTEGER REFERENCES citizens(id),
  earlier_message_id TEXT,
  body TEXT
);
CREATE INDEX medcom_messages_by_time ON medcom_messages(received_at);
CREATE INDEX medcom_messages_held ON medcom_messages(citizen_id) WHERE outcome = 'held';
CREATE INDEX medcom_messages_by_earlier ON medcom_messages(earlier_message_id);

CREATE TABLE integration_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
