-- Dictionaries: named lists of values (statuses, kinds, yes/no) that a front end renders from
-- data instead of hard-coding them. A type is known by its immutable code; its items name it by
-- that code. Dictionaries are configuration nothing refers to by id, so they are deleted for good
-- (no deleted_at): a code is free again at once, and the foreign key below keeps every item under
-- a type that exists.
CREATE TABLE dict_types (
    id         uuid         PRIMARY KEY,
    code       varchar(64)  NOT NULL CONSTRAINT dict_types_code_key UNIQUE
                            CHECK (code ~ '^[a-z][a-z0-9_]{1,63}$'),
    name       varchar(64)  NOT NULL,
    status     varchar(16)  NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    remark     varchar(500),
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);

-- A value is unique within its type (the key also serves "the items of a type"); at most one
-- item of a type is its default (the partial unique index), so a front end switches the default
-- by clearing the old one, then setting the new one.
CREATE TABLE dict_items (
    id         uuid         PRIMARY KEY,
    type_code  varchar(64)  NOT NULL CONSTRAINT dict_items_type_code_fkey REFERENCES dict_types (code),
    label      varchar(64)  NOT NULL,
    value      varchar(100) NOT NULL,
    sort       integer      NOT NULL DEFAULT 0,
    status     varchar(16)  NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    tag        varchar(32)  CHECK (tag IN ('default', 'primary', 'success', 'info', 'warning', 'danger')),
    is_default boolean      NOT NULL DEFAULT false,
    remark     varchar(500),
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    CONSTRAINT dict_items_type_value_key UNIQUE (type_code, value)
);
CREATE UNIQUE INDEX dict_items_one_default_key ON dict_items (type_code) WHERE is_default;

-- The dictionaries of the product itself: their values are exactly the enum constants the API
-- uses, so a front end renders every enum from them (a test compares each with its Java enum).
-- `status` serves roles, menus, departments and dictionaries, whose statuses are the same two;
-- `user_status` stands apart because a user's status may grow. `yes_no` uses the JSON spelling
-- of booleans, `true` and `false`. Fixed ids, so later migrations can refer to them.
INSERT INTO dict_types (id, code, name, status, remark, version, created_at, updated_at)
SELECT v.id::uuid, v.code, v.name, 'ENABLED', v.remark, 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000001001', 'user_status', 'User status', 'Whether a user may sign in'),
    ('01936f6e-0000-7000-8000-000000001002', 'status', 'Status', 'Whether a role, menu entry, department or dictionary is in use'),
    ('01936f6e-0000-7000-8000-000000001003', 'menu_type', 'Menu type', 'Directories group menus, menus are screens, buttons are actions'),
    ('01936f6e-0000-7000-8000-000000001004', 'data_scope', 'Data scope', 'Which records a role lets its holders see and change'),
    ('01936f6e-0000-7000-8000-000000001005', 'notice_type', 'Notice type', NULL),
    ('01936f6e-0000-7000-8000-000000001006', 'notice_level', 'Notice level', NULL),
    ('01936f6e-0000-7000-8000-000000001007', 'notice_status', 'Notice status', 'DRAFT, then PUBLISHED, then REVOKED'),
    ('01936f6e-0000-7000-8000-000000001008', 'config_type', 'Config parameter type', 'How a config parameter''s value is read'),
    ('01936f6e-0000-7000-8000-000000001009', 'yes_no', 'Yes or no', 'Booleans, as JSON spells them')
) AS v (id, code, name, remark);

INSERT INTO dict_items (id, type_code, label, value, sort, status, tag, is_default, version, created_at, updated_at)
SELECT v.id::uuid, v.type_code, v.label, v.value, v.sort, 'ENABLED', v.tag, v.is_default, 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000001010', 'user_status', 'Enabled', 'ENABLED', 1, 'success', true),
    ('01936f6e-0000-7000-8000-000000001011', 'user_status', 'Disabled', 'DISABLED', 2, 'danger', false),
    ('01936f6e-0000-7000-8000-000000001012', 'status', 'Enabled', 'ENABLED', 1, 'success', true),
    ('01936f6e-0000-7000-8000-000000001013', 'status', 'Disabled', 'DISABLED', 2, 'danger', false),
    ('01936f6e-0000-7000-8000-000000001014', 'menu_type', 'Directory', 'DIRECTORY', 1, 'warning', false),
    ('01936f6e-0000-7000-8000-000000001015', 'menu_type', 'Menu', 'MENU', 2, 'primary', false),
    ('01936f6e-0000-7000-8000-000000001016', 'menu_type', 'Button', 'BUTTON', 3, 'info', false),
    ('01936f6e-0000-7000-8000-000000001017', 'data_scope', 'All records', 'ALL', 1, 'danger', false),
    ('01936f6e-0000-7000-8000-000000001018', 'data_scope', 'Chosen departments', 'CUSTOM', 2, 'warning', false),
    ('01936f6e-0000-7000-8000-000000001019', 'data_scope', 'Own department', 'DEPT', 3, 'primary', false),
    ('01936f6e-0000-7000-8000-00000000101a', 'data_scope', 'Own department and below', 'DEPT_AND_CHILDREN', 4, 'primary', false),
    ('01936f6e-0000-7000-8000-00000000101b', 'data_scope', 'Own records only', 'SELF', 5, 'default', true),
    ('01936f6e-0000-7000-8000-00000000101c', 'notice_type', 'Announcement', 'ANNOUNCEMENT', 1, 'warning', false),
    ('01936f6e-0000-7000-8000-00000000101d', 'notice_type', 'Notification', 'NOTIFICATION', 2, 'info', true),
    ('01936f6e-0000-7000-8000-00000000101e', 'notice_level', 'Info', 'INFO', 1, 'info', true),
    ('01936f6e-0000-7000-8000-00000000101f', 'notice_level', 'Warning', 'WARNING', 2, 'warning', false),
    ('01936f6e-0000-7000-8000-000000001020', 'notice_level', 'Critical', 'CRITICAL', 3, 'danger', false),
    ('01936f6e-0000-7000-8000-000000001021', 'notice_status', 'Draft', 'DRAFT', 1, 'info', true),
    ('01936f6e-0000-7000-8000-000000001022', 'notice_status', 'Published', 'PUBLISHED', 2, 'success', false),
    ('01936f6e-0000-7000-8000-000000001023', 'notice_status', 'Revoked', 'REVOKED', 3, 'danger', false),
    ('01936f6e-0000-7000-8000-000000001024', 'config_type', 'Text', 'STRING', 1, 'default', true),
    ('01936f6e-0000-7000-8000-000000001025', 'config_type', 'Integer', 'INTEGER', 2, 'default', false),
    ('01936f6e-0000-7000-8000-000000001026', 'config_type', 'Yes or no', 'BOOLEAN', 3, 'default', false),
    ('01936f6e-0000-7000-8000-000000001027', 'config_type', 'Decimal', 'DECIMAL', 4, 'default', false),
    ('01936f6e-0000-7000-8000-000000001028', 'config_type', 'Duration', 'DURATION', 5, 'default', false),
    ('01936f6e-0000-7000-8000-000000001029', 'config_type', 'JSON', 'JSON', 6, 'default', false),
    ('01936f6e-0000-7000-8000-00000000102a', 'yes_no', 'Yes', 'true', 1, 'primary', false),
    ('01936f6e-0000-7000-8000-00000000102b', 'yes_no', 'No', 'false', 2, 'default', false)
) AS v (id, type_code, label, value, sort, tag, is_default);

-- The Dictionaries screen and its buttons, granted to the built-in admin role like every
-- built-in entry (V5).
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000105', '01936f6e-0000-7000-8000-000000000100', 'Dictionaries', 'MENU', 'dict', 'system/dict/index', 'system:dict:list', 'dict', 5),
    ('01936f6e-0000-7000-8000-000000000150', '01936f6e-0000-7000-8000-000000000105', 'Read dictionary', 'BUTTON', NULL, NULL, 'system:dict:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000151', '01936f6e-0000-7000-8000-000000000105', 'Create dictionary', 'BUTTON', NULL, NULL, 'system:dict:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000152', '01936f6e-0000-7000-8000-000000000105', 'Update dictionary', 'BUTTON', NULL, NULL, 'system:dict:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000153', '01936f6e-0000-7000-8000-000000000105', 'Delete dictionary', 'BUTTON', NULL, NULL, 'system:dict:delete', NULL, 4)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id) VALUES
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000105'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000150'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000151'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000152'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000153');
