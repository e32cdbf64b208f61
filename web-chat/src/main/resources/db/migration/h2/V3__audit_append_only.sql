-- The audit log can be added to, never changed or emptied.
create trigger audit_entry_no_update before update on audit_entry
    for each row call 'uk.lantern.web.audit.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row call 'uk.lantern.web.audit.AppendOnlyTrigger';
