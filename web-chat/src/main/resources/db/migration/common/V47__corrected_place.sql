-- A worker can correct the place on a stored record when Lantern did not know it or it was wrong:
-- the place as corrected (a postcode in standard form, or a town's name), null while the person's
-- own answer stands. Who corrected it and when is in the audit trail, never the place itself.
alter table screening add column corrected_place varchar(100);
