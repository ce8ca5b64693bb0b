-- 003: economics. Prices and baselines are versioned configuration: a new
-- price is a new row with its own valid_from, source and year, never an
-- overwrite, so an old report can be recomputed with the prices it used.
-- `value` is kroner per day (kind 'price') or days per course (kind
-- 'baseline'); unit_id set = a unit's own price (e.g. its tariff), which wins
-- over the general one. `document` holds the Danish label and whether the
-- value is only an example.

CREATE TABLE economic_settings (
  id {{id}},
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  unit_id INTEGER REFERENCES units(id),
  value DOUBLE PRECISION NOT NULL,  -- REAL is 4 bytes in PostgreSQL
  unit TEXT NOT NULL,
  source TEXT NOT NULL,
  year INTEGER NOT NULL,
  valid_from TEXT NOT NULL,
  document TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX economic_settings_by_code ON economic_settings(code, valid_from);

-- Reference prices from the source documents (numbers.md "Economics").
INSERT INTO economic_settings (kind, code, value, unit, source, year, valid_from, document) VALUES
  ('price', 'bed_day_cost', 3836, 'kr_per_day',
   'DAS mødesager 2021 (kilde 003): sengedagstakst, regionale særlige pladser', 2018, '2018-01-01',
   '{"label_da": "Sengedagspris i psykiatrien (regionale særlige pladser)", "example": false}'),
  ('price', 'bed_day_cost', 3959, 'kr_per_day',
   'DAS mødesager 2021 (kilde 003): sengedagstakst, regionale særlige pladser', 2019, '2019-01-01',
   '{"label_da": "Sengedagspris i psykiatrien (regionale særlige pladser)", "example": false}'),
  ('price', 'bed_day_cost', 4054, 'kr_per_day',
   'DAS mødesager 2021 (kilde 003): sengedagstakst, regionale særlige pladser', 2020, '2020-01-01',
   '{"label_da": "Sengedagspris i psykiatrien (regionale særlige pladser)", "example": false}'),
  ('price', 'place_tariff', 1243, 'kr_per_day',
   'VIVE 2023, Fleksible pladser (kilde 001): POLARIS, fleksible boliger Skovlyset', 2023, '2023-01-01',
   '{"label_da": "Døgntakst for afklaringspladsen", "example": false}'),
  ('price', 'residential_day_price', 1458, 'kr_per_day',
   'VIVE 2023, Fleksible pladser (kilde 001): botilbud ABL §105, niveau 3', 2023, '2023-01-01',
   '{"label_da": "Døgnpris i botilbud (ABL §105, niveau 3)", "example": false}'),
  ('price', 'awaiting_discharge_payment', 2000, 'kr_per_day',
   'EKSEMPEL - ikke fra kildematerialet; indtast kommunens gældende færdigbehandlingstakst', 2023, '2023-01-01',
   '{"label_da": "Kommunens betaling pr. færdigbehandlingsdag", "example": true}'),
  ('baseline', 'awaiting_discharge_days_per_course', 10, 'days_per_course',
   'EKSEMPEL - ikke fra kildematerialet; indtast målgruppens gennemsnit før ordningen', 2023, '2023-01-01',
   '{"label_da": "Færdigbehandlingsdage pr. udskrivning før ordningen", "example": true}'),
  ('baseline', 'readmission_bed_days_per_course', 12, 'days_per_course',
   'EKSEMPEL - ikke fra kildematerialet; indtast målgruppens gennemsnit før ordningen', 2023, '2023-01-01',
   '{"label_da": "Sengedage ved genindlæggelse inden for 180 dage før ordningen", "example": true}'),
  ('baseline', 'residential_days_per_course', 60, 'days_per_course',
   'EKSEMPEL - ikke fra kildematerialet; indtast målgruppens gennemsnit før ordningen', 2023, '2023-01-01',
   '{"label_da": "Dage i botilbud pr. borger før ordningen", "example": true}');
