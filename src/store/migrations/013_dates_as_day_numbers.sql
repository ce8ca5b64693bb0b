-- 013: one date representation in every table. The key columns that held ISO
-- text (referral_date, move_in, move_out, answered_on, valid_from,
-- recorded_on) now hold the day number, Date::serial() (days since
-- 1970-01-01), as the report facts and the evaluation import always did
-- (store/date_columns.hpp). Documents and the API keep ISO text.
-- {{day_number X}} is the dialect's conversion of an ISO text column X.
-- The new NOT NULL columns need a default to be added; every insert names them.

ALTER TABLE referrals ADD COLUMN referral_day INTEGER NOT NULL DEFAULT 0;
UPDATE referrals SET referral_day = {{day_number referral_date}};
ALTER TABLE referrals DROP COLUMN referral_date;
ALTER TABLE referrals RENAME COLUMN referral_day TO referral_date;

ALTER TABLE courses ADD COLUMN move_in_day INTEGER;
ALTER TABLE courses ADD COLUMN move_out_day INTEGER;
UPDATE courses SET move_in_day = {{day_number move_in}}, move_out_day = {{day_number move_out}};
ALTER TABLE courses DROP COLUMN move_in;
ALTER TABLE courses DROP COLUMN move_out;
ALTER TABLE courses RENAME COLUMN move_in_day TO move_in;
ALTER TABLE courses RENAME COLUMN move_out_day TO move_out;

DROP INDEX responses_by_instrument;
ALTER TABLE questionnaire_responses ADD COLUMN answered_day INTEGER NOT NULL DEFAULT 0;
UPDATE questionnaire_responses SET answered_day = {{day_number answered_on}};
ALTER TABLE questionnaire_responses DROP COLUMN answered_on;
ALTER TABLE questionnaire_responses RENAME COLUMN answered_day TO answered_on;
CREATE INDEX responses_by_instrument ON questionnaire_responses(instrument_code, answered_on);

DROP INDEX economic_settings_by_code;
ALTER TABLE economic_settings ADD COLUMN valid_from_day INTEGER NOT NULL DEFAULT 0;
UPDATE economic_settings SET valid_from_day = {{day_number valid_from}};
ALTER TABLE economic_settings DROP COLUMN valid_from;
ALTER TABLE economic_settings RENAME COLUMN valid_from_day TO valid_from;
CREATE INDEX economic_settings_by_code ON economic_settings(code, valid_from);

ALTER TABLE consents ADD COLUMN recorded_day INTEGER NOT NULL DEFAULT 0;
UPDATE consents SET recorded_day = {{day_number recorded_on}};
ALTER TABLE consents DROP COLUMN recorded_on;
ALTER TABLE consents RENAME COLUMN recorded_day TO recorded_on;
