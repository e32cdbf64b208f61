-- Round 14 (docs/directory-api.md): each import's warnings (values kept as sent but not used, services
-- with no need) are counted apart from its problems. An entry stored before counted both as problems.
alter table directory_import add column warnings integer default 0 not null;

-- Entries stored before: their warnings are the kept problem rows marked "warning: ". Only where every
-- problem was kept (at most 200); a larger entry keeps its whole count as problems.
update directory_import set warnings = (select count(*) from directory_import_problem p
    where p.import_id = directory_import.id and p.message like 'warning: %')
where problems <= 200;
update directory_import set problems = problems - warnings;
