-- 002: questionnaires. Instrument definitions are data (one JSON document per
-- instrument, see src/json/instrument_json.hpp); each completed questionnaire
-- is one response row with its answers and score in `document` and the key
-- columns reports filter and join on.

CREATE TABLE instruments (
  id {{id}},
  code TEXT UNIQUE NOT NULL,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE questionnaire_responses (
  id {{id}},
  course_id INTEGER NOT NULL REFERENCES courses(id),
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  instrument_code TEXT NOT NULL,
  time_point TEXT NOT NULL,
  answered_on TEXT NOT NULL,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX responses_by_course ON questionnaire_responses(course_id, instrument_code);
CREATE INDEX responses_by_unit ON questionnaire_responses(unit_id, instrument_code, time_point);
CREATE INDEX responses_by_instrument ON questionnaire_responses(instrument_code, answered_on);
