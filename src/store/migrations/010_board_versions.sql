-- A unit board's version: raised in the same transaction as every change the
-- board shows (the unit's places, its courses and referrals, the names and
-- consents of its citizens; store/read_models.cpp). A server may reuse the
-- board it built for the same unit, day and version, so a refresh costs a
-- single-row read, and several servers on one database never show a stale one.
CREATE TABLE board_versions (
  unit_id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL
);
