-- The operation log: every state-changing API request (docs/api.md, "Operation log"), one SHA-256
-- hash chain. `seq` is the order of appending (entries are appended under a transaction-scoped
-- advisory lock, so it is the chain order even with several instances); `prev_hash` is the hash of
-- the entry before (or the anchor, or 64 zeros for the first), `hash` the SHA-256 over prev_hash and
-- the entry's canonical form (OperationLogEntry). Nothing updates a row; the purge deletes a prefix.
CREATE TABLE operation_log (
    id             uuid         PRIMARY KEY,
    seq            bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    at             timestamptz  NOT NULL,
    actor_id       uuid,
    actor_username varchar(64),
    session_id     uuid,
    client_address varchar(64)  NOT NULL,
    user_agent     varchar(512) NOT NULL,
    method         varchar(8)   NOT NULL,
    route          varchar(255) NOT NULL,
    target_id      varchar(128),
    module         varchar(64)  NOT NULL,
    title          varchar(128) NOT NULL,
    arguments      text,
    status         integer      NOT NULL CHECK (status BETWEEN 100 AND 599),
    problem_code   varchar(64),
    duration_ms    bigint       NOT NULL CHECK (duration_ms >= 0),
    request_id     varchar(128) NOT NULL,
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL
);
-- the listing, newest first, and the time range; each filter with the time after it
CREATE INDEX operation_log_at_idx ON operation_log (at DESC, id DESC);
CREATE INDEX operation_log_actor_at_idx ON operation_log (lower(actor_username), at DESC, id DESC);
CREATE INDEX operation_log_module_at_idx ON operation_log (module, at DESC, id DESC);
CREATE INDEX operation_log_route_at_idx ON operation_log (route, at DESC, id DESC);
CREATE INDEX operation_log_status_at_idx ON operation_log (status, at DESC, id DESC);

-- Where the chain starts after a purge: the hash of the last deleted entry (one row at most).
CREATE TABLE operation_log_anchor (
    id        smallint    PRIMARY KEY CHECK (id = 1),
    hash      char(64)    NOT NULL,
    seq       bigint      NOT NULL,
    purged_at timestamptz NOT NULL
);

-- The Operation log screen and its buttons under Monitor, and the login log's export button,
-- granted to the built-in admin role (super_admin holds '*').
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000203', '01936f6e-0000-7000-8000-000000000200', 'Operation log', 'MENU', 'operation-log', 'monitor/operation-log/index', 'monitor:operation-log:list', 'form', 3),
    ('01936f6e-0000-7000-8000-000000000220', '01936f6e-0000-7000-8000-000000000203', 'Read operation', 'BUTTON', NULL, NULL, 'monitor:operation-log:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000221', '01936f6e-0000-7000-8000-000000000203', 'Export operation log', 'BUTTON', NULL, NULL, 'monitor:operation-log:export', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000222', '01936f6e-0000-7000-8000-000000000203', 'Verify operation log', 'BUTTON', NULL, NULL, 'monitor:operation-log:verify', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000229', '01936f6e-0000-7000-8000-000000000202', 'Export login log', 'BUTTON', NULL, NULL, 'monitor:login-log:export', NULL, 1)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id)
SELECT '01936f6e-0000-7000-8000-000000000002'::uuid, m.id::uuid
FROM (VALUES ('01936f6e-0000-7000-8000-000000000203'), ('01936f6e-0000-7000-8000-000000000220'),
             ('01936f6e-0000-7000-8000-000000000221'), ('01936f6e-0000-7000-8000-000000000222'),
             ('01936f6e-0000-7000-8000-000000000229')) AS m (id);
