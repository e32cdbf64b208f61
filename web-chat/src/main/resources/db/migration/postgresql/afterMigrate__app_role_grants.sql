-- Runs after every migration (a Flyway callback), so tables added later are covered too.
-- When migrations run as an owner role separate from the application's role (spring.flyway.user
-- vs spring.datasource.username, see docs/security.md), the application gets only what it needs:
-- it may read and write the records and accounts, only read and add to the audit log, and cannot
-- alter, disable or drop the append-only triggers, since only a table's owner can.
-- With one role for both (development, the tests' own schemas) there is nothing to grant.
do $$
begin
    if '${app_role}' <> '' and '${app_role}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${app_role}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                       current_schema(), '${app_role}');
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${app_role}');
        execute format('revoke update, delete, truncate, references, trigger on audit_entry from %I', '${app_role}');
        execute format('revoke all on %I from %I', '${flyway:table}', '${app_role}');
    end if;
end
$$;
