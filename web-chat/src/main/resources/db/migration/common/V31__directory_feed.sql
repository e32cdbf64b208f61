-- Following a council's feed (docs/directory-api.md, "Following a council's feed").

-- The problems found by each import or harvest in directory_import, so admins can read what was
-- wrong with a feed after the event. At most the first 200 per entry; the entry's own problems
-- column keeps the full count. Values are ids, field paths and fixed messages from the importers,
-- never personal data.
create table directory_import_problem (
    import_id  bigint         not null references directory_import (id),
    position   integer        not null,
    record     varchar(300)   not null,
    field      varchar(300)   not null,
    message    varchar(1000)  not null,
    primary key (import_id, position)
);

-- One row per feed address the harvester has followed: when its last full harvest and its last
-- harvest of any kind started (the next modified_after), and whether the feed refused
-- modified_after. A new feed address starts with a full harvest.
create table directory_feed_state (
    feed_url             varchar(2000)  primary key,
    full_started_at      timestamp with time zone,
    last_started_at      timestamp with time zone,
    modified_after_works boolean        not null
);

-- The mapping from council taxonomy terms to Lantern's needs, as an admin last saved it (CSV
-- text). With no row the mapping shipped in the application applies.
create table directory_taxonomy_mapping (
    id          integer          primary key,
    mapping     varchar(200000)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(200)     not null
);
