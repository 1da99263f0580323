-- Roles: named sets of permissions given to users. Codes are unique among roles that are
-- not deleted, ignoring case; a disabled or deleted role grants nothing. Ids are UUIDv7
-- made by the domain. Menus, data scopes and ordering arrive in later migrations.
CREATE TABLE roles (
    id         uuid        PRIMARY KEY,
    code       varchar(64) NOT NULL,
    name       varchar(64) NOT NULL,
    status     varchar(16) NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    deleted_at timestamptz
);

CREATE UNIQUE INDEX roles_code_key ON roles (lower(code)) WHERE deleted_at IS NULL;

-- The permission codes a role grants, as the domain's PermissionCode writes them:
-- domain:resource:action with '*' allowed per segment, or a lone '*' for everything.
CREATE TABLE role_permissions (
    role_id    uuid         NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission varchar(128) NOT NULL CHECK (permission = '*'
        OR permission ~ '^(\*|[a-z][a-z0-9-]{0,39})(:(\*|[a-z][a-z0-9-]{0,39})){2}$'),
    PRIMARY KEY (role_id, permission)
);

-- Which users hold which roles; the primary key serves "roles of a user", the index
-- "users of a role".
CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
);

CREATE INDEX user_roles_role_id_idx ON user_roles (role_id);

-- The built-in super administrator: every permission. Its id is fixed so later
-- migrations and seeding can refer to it.
INSERT INTO roles (id, code, name, status, version, created_at, updated_at)
VALUES ('01936f6e-0000-7000-8000-000000000001', 'super_admin', 'Super administrator', 'ENABLED', 0, now(), now());

INSERT INTO role_permissions (role_id, permission)
VALUES ('01936f6e-0000-7000-8000-000000000001', '*');

-- Hashes of users' earlier passwords, for the "not one of the last N" rule; the adapter
-- keeps the newest 24 per user.
CREATE TABLE user_password_history (
    id            uuid         PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL
);

CREATE INDEX user_password_history_user_created_idx ON user_password_history (user_id, created_at DESC, id DESC);

-- Every sign-in attempt. The username is what the client typed (cut to 64 characters),
-- so it is no reference to users: failed attempts name unknown users too. Listed newest
-- first, optionally for one username (ignoring case) or outcome, within a time range.
CREATE TABLE login_log (
    id         uuid         PRIMARY KEY,
    at         timestamptz  NOT NULL,
    username   varchar(64)  NOT NULL,
    ip         varchar(64)  NOT NULL,
    user_agent varchar(512) NOT NULL,
    outcome    varchar(16)  NOT NULL CHECK (outcome IN
        ('SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_USER', 'LOCKED', 'DISABLED', 'RATE_LIMITED'))
);

CREATE INDEX login_log_at_idx ON login_log (at DESC, id DESC);
CREATE INDEX login_log_username_at_idx ON login_log (lower(username), at DESC);
