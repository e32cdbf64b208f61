-- Round 15 (issue 13): the doorstep's place question takes a postcode, sector, district or town. The place as the
-- worker typed it (what the person said), checked by Lantern's place reader before storing; the postcode column
-- beside it keeps the area it resolved to (a full postcode, or a district for a sector or a town). Null on
-- records made before, and when no place was given.
alter table screening add column place_given varchar(100);
