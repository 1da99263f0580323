-- Users. Ids are UUIDv7 made by the domain; usernames and e-mails are unique among
-- users that are not deleted, ignoring case, so a deleted user's name can be reused.
CREATE TABLE users (
    id                   uuid         PRIMARY KEY,
    username             varchar(64)  NOT NULL,
    nickname             varchar(64)  NOT NULL,
    email                varchar(254),
    password_hash        varchar(255) NOT NULL,
    must_change_password boolean      NOT NULL DEFAULT false,
    status               varchar(16)  NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    deleted_at           timestamptz
);

CREATE UNIQUE INDEX users_username_key ON users (lower(username)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL;
