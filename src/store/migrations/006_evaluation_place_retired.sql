-- 006: the day a place was taken out of use (Place::retired_on), so the
-- evaluator's occupancy counts a retired place until that day, as the
-- exporting installation does. Empty = still in use.
ALTER TABLE evaluation_places ADD COLUMN closed INTEGER;
