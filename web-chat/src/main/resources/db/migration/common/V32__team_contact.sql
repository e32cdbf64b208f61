-- A team's contact, printed on the leaflet a worker leaves with the person so they can reach the
-- team again: a phone number and an email address, both optional and edited by admins.
alter table team add column contact_phone varchar(30);
alter table team add column contact_email varchar(254);
