-- Sessions follow the account: every change that must end a person's sessions (disabled, role or
-- team changed, password changed or reset) adds one to session_epoch, and a session whose epoch
-- is older is ended at its next request. must_change_password is set for a first password chosen
-- by an admin and after an admin's reset, and cleared when the person chooses their own.
alter table account add column session_epoch bigint default 0 not null;
alter table account add column must_change_password boolean default false not null;
-- Accounts made before this: their admin-chosen first password is changed at the next sign-in.
update account set must_change_password = true;

-- Failed sign-ins, counted per client address and per account-and-client pair (never per account
-- alone, so no one can hold back someone else's sign-in). A row is claimed with one conditional
-- update before a password is checked, so simultaneous attempts cannot share one allowance.
-- Times are epoch milliseconds, to keep the arithmetic the same on H2 and PostgreSQL.
create table sign_in_throttle (
    throttle_key  varchar(200) primary key,
    failures      integer not null,
    allowed_at_ms bigint  not null,
    updated_at_ms bigint  not null
);
create index sign_in_throttle_updated on sign_in_throttle (updated_at_ms);
