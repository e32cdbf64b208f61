-- A follow-up is marked done by a worker, or closed when the same person is screened again.
-- Who and when are kept; a due follow-up is one with a date and no done time.
alter table screening add column follow_up_done_at timestamp with time zone;
alter table screening add column follow_up_done_by varchar(60);
