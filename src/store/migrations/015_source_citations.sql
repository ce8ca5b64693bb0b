-- 015: the seeded prices cite their documents by name; the "(kilde 00N)"
-- numbers were the seed files' numbers in the repository, which mean nothing
-- on screen. Only the seeded rows carry them.
UPDATE economic_settings SET source = REPLACE(source, ' (kilde 001)', '') WHERE source LIKE '%(kilde 001)%';
UPDATE economic_settings SET source = REPLACE(source, ' (kilde 003)', '') WHERE source LIKE '%(kilde 003)%';
