-- Admins' second factor: a time-based one-time code (RFC 6238) from an authenticator app.
-- second_factor_secret holds the app's shared secret sealed with AES-GCM under a key kept outside
-- the database (lantern.second-factor.key, or a key file), null while none is enrolled.
-- second_factor_last_step is the 30-second step of the last code accepted: a code is accepted
-- only for a later step, so each code works once.
alter table account add column second_factor_secret varchar(200);
alter table account add column second_factor_last_step bigint default 0 not null;
