-- 012: the form each stored document is written in. Documents change form
-- between releases as the aggregates grow; store/document_migrations.cpp
-- rewrites those of an older form at start-up, beside these SQL migrations,
-- and every write records the form it used. 1 is the form every document
-- had before this migration.
ALTER TABLE municipalities ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE regions ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE wards ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE units ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE citizens ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE referrals ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE courses ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cooperation_agreements ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE instruments ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE questionnaire_responses ADD COLUMN document_schema INTEGER NOT NULL DEFAULT 1;
