-- Typed run-time configuration parameters (docs/api.md, "Config parameters"; docs/configuration.md,
-- "Run-time parameters"). A value is text that reads as its type; the constraint_* columns are the
-- optional constraints (min/max written as values of the type, a whole-value pattern, allowed values).
-- Built-in parameters are seeded at start from the environment; overridden = an operator set the value
-- through the API, so it no longer follows its environment variable.
CREATE TABLE config_params (
    id                 uuid          PRIMARY KEY,
    key                varchar(100)  NOT NULL UNIQUE,
    name               varchar(64)   NOT NULL,
    type               varchar(16)   NOT NULL
                       CHECK (type IN ('STRING', 'INTEGER', 'BOOLEAN', 'DECIMAL', 'DURATION', 'JSON')),
    value              varchar(4000) NOT NULL,
    constraint_min     varchar(64),
    constraint_max     varchar(64),
    constraint_pattern varchar(200),
    constraint_allowed text[],
    description        varchar(500),
    built_in           boolean       NOT NULL DEFAULT false,
    overridden         boolean       NOT NULL DEFAULT true,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL
);

-- The "Parameters" screen under System, its buttons, all granted to the built-in admin role.
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000106', '01936f6e-0000-7000-8000-000000000100', 'Parameters', 'MENU', 'config', 'system/config/index', 'system:config:list', 'edit', 6),
    ('01936f6e-0000-7000-8000-000000000160', '01936f6e-0000-7000-8000-000000000106', 'Read parameter', 'BUTTON', NULL, NULL, 'system:config:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000161', '01936f6e-0000-7000-8000-000000000106', 'Create parameter', 'BUTTON', NULL, NULL, 'system:config:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000162', '01936f6e-0000-7000-8000-000000000106', 'Update parameter', 'BUTTON', NULL, NULL, 'system:config:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000163', '01936f6e-0000-7000-8000-000000000106', 'Delete parameter', 'BUTTON', NULL, NULL, 'system:config:delete', NULL, 4)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id) VALUES
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000106'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000160'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000161'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000162'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000163');
