-- Scheduled jobs that must run on one instance at a time (the retention job, the feed harvest) take
-- a named lock here first (ShedLock's JDBC provider). lock_until is set from the database's clock,
-- so instances whose clocks differ still agree on when a lock ends.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
