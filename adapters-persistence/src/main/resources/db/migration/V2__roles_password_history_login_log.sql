-- Roles and what they grant. The access-control work extends roles with menus, data scopes and
-- sort order; here a role grants permission codes directly (role_permissions).
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

CREATE TABLE role_permissions (
    role_id    uuid         NOT NULL REFERENCES roles (id),
    permission varchar(128) NOT NULL,
    PRIMARY KEY (role_id, permission)
);

CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users (id),
    role_id uuid NOT NULL REFERENCES roles (id),
    PRIMARY KEY (user_id, role_id)
);
CREATE INDEX user_roles_role ON user_roles (role_id);

-- The built-in super administrator role: everything ('*').
INSERT INTO roles (id, code, name, status, version, created_at, updated_at)
VALUES ('01936f6e-0000-7000-8000-000000000001', 'super_admin', 'Super administrator', 'ENABLED', 0, now(), now());
INSERT INTO role_permissions (role_id, permission) VALUES ('01936f6e-0000-7000-8000-000000000001', '*');

-- Earlier password hashes of each user, for "not one of the last N passwords".
CREATE TABLE user_password_history (
    id            uuid         PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users (id),
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX user_password_history_user ON user_password_history (user_id, created_at DESC);

-- Every sign-in attempt. Never a password.
CREATE TABLE login_log (
    id         uuid         PRIMARY KEY,
    at         timestamptz  NOT NULL,
    username   varchar(64)  NOT NULL,
    ip         varchar(64)  NOT NULL,
    user_agent varchar(512) NOT NULL,
    outcome    varchar(16)  NOT NULL
        CHECK (outcome IN ('SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_USER', 'LOCKED', 'DISABLED', 'RATE_LIMITED'))
);
CREATE INDEX login_log_at ON login_log (at DESC, id DESC);
CREATE INDEX login_log_username_at ON login_log (lower(username), at DESC);
