-- 014: finding a citizen. citizen_name_words holds the search words of each
-- citizen's name (core/citizen_search: lower-case ASCII, accents and æ/ø/å
-- folded), so a name prefix is an index range; the CPR number is still found
-- only through cpr_key. Citizens registered before this migration get their
-- words at the next start-up (name_words_indexed = 0; store/citizen_registry).
-- The indexes below serve the search's scope: the citizens an organisation
-- registered, referred or has at home, and a citizen's referrals.
CREATE TABLE citizen_name_words (
  word {{byte_ordered_text}} NOT NULL,
  citizen_id INTEGER NOT NULL REFERENCES citizens(id),
  PRIMARY KEY (word, citizen_id)
){{without_rowid}};

ALTER TABLE citizens ADD COLUMN name_words_indexed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX citizens_without_name_words ON citizens(id) WHERE name_words_indexed = 0;
CREATE INDEX citizens_by_municipality ON citizens(municipality_id);
CREATE INDEX citizen_links_by_organisation ON citizen_links(organisation_kind, organisation_id);
CREATE INDEX referrals_by_citizen ON referrals(citizen_id);
