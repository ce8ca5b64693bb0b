-- 007: logins that resist guessing. Failed log-ins are kept for the
-- throttle (core/login_throttle) for as long as its window, by a keyed hash
-- of the name typed (people type a password into the username field) and by
-- address; a first or reset password must be changed at the next log-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE TABLE login_failures (
  id {{id}},
  at INTEGER NOT NULL,
  username_key TEXT NOT NULL,
  user_id INTEGER,
  address TEXT NOT NULL
);
CREATE INDEX login_failures_by_username ON login_failures(username_key, at);
CREATE INDEX login_failures_by_address ON login_failures(address, at);
