-- Round 15 (docs/directory-api.md, issue 12): an entry "waiting to confirm" (an import or harvest held by the
-- removal guard) is closed when its wait ends: "confirmed", "cancelled" or "expired", with when in closed_at.
-- Entries that never waited, and entries stored before, have no closed_at.
alter table directory_import add column closed_at timestamp with time zone;

-- A waiting entry's summary names the first 20 services it would remove and how to confirm it.
alter table directory_import alter column summary set data type varchar(4000);
