-- The audit log can be added to, never changed or emptied.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
