-- 011: the kommune's payment per færdigbehandlingsdag is set by law, not an
-- example. Sundhedsloven §238 caps it at 1,976 kr. per day at 2016 prices and
-- it is adjusted every year; the administrator adds each year's figure from
-- Sundhedsdatastyrelsen's Takstsystem as a new version (who-gains prices each
-- day with the figure of its year). The placeholder of 003 is removed only
-- while it is untouched: it never was a figure anybody could recompute with.
DELETE FROM economic_settings
 WHERE code = 'awaiting_discharge_payment' AND unit_id IS NULL AND value = 2000 AND year = 2023
   AND source LIKE 'EKSEMPEL%';

INSERT INTO economic_settings (kind, code, value, unit, source, year, valid_from, document) VALUES
  ('price', 'awaiting_discharge_payment', 1976, 'kr_per_day',
   'Sundhedsloven §238: højst 1.976 kr. pr. færdigbehandlingsdag i 2016-niveau, reguleres årligt (årets takst: Sundhedsdatastyrelsens takstsystem)',
   2016, '2016-01-01',
   '{"label_da": "Kommunens betaling pr. færdigbehandlingsdag", "example": false}');
