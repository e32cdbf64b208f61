-- Public chat conversations, so any instance can continue one (issue 17). The key is the SHA-256
-- of the resume token, never the token itself, so reading this table does not let anyone take
-- over a live conversation. state is the conversation as JSON (stage, answers, the messages a
-- reload shows again); it is deleted once idle for lantern.chat.idle-minutes (docs/security.md).
create table chat_conversation (
    token_hash  varchar(64) not null primary key,
    state       text        not null,
    last_active timestamp   not null
);
create index chat_conversation_last_active on chat_conversation (last_active);
