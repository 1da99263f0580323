-- Menus: the tree a front end builds its navigation from, and what roles grant. Directories
-- group menus, menus are screens, buttons are actions; a menu or button may carry a permission.
-- Buttons hang under menus; the domain refuses cycles. A permission appears at most once among
-- the live children of one parent (the top level counts as one parent).
CREATE TABLE menus (
    id         uuid         PRIMARY KEY,
    parent_id  uuid         REFERENCES menus (id),
    name       varchar(64)  NOT NULL,
    type       varchar(16)  NOT NULL CHECK (type IN ('DIRECTORY', 'MENU', 'BUTTON')),
    path       varchar(200),
    component  varchar(255),
    permission varchar(128) CHECK (permission ~ '^(\*|[a-z][a-z0-9-]{0,39})(:(\*|[a-z][a-z0-9-]{0,39})){2}$'),
    icon       varchar(64),
    sort       integer      NOT NULL DEFAULT 0,
    visible    boolean      NOT NULL DEFAULT true,
    status     varchar(16)  NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    deleted_at timestamptz,
    CHECK (type <> 'BUTTON' OR permission IS NOT NULL)
);
CREATE INDEX menus_parent ON menus (parent_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX menus_sibling_permission_key
    ON menus (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'), permission)
    WHERE deleted_at IS NULL AND permission IS NOT NULL;

-- Roles gain an order, a data scope (which records their holders see) and the lists behind it.
ALTER TABLE roles ADD COLUMN sort integer NOT NULL DEFAULT 0;
ALTER TABLE roles ADD COLUMN data_scope varchar(24) NOT NULL DEFAULT 'SELF'
    CHECK (data_scope IN ('ALL', 'CUSTOM', 'DEPT', 'DEPT_AND_CHILDREN', 'SELF'));
UPDATE roles SET data_scope = 'ALL' WHERE id = '01936f6e-0000-7000-8000-000000000001';

-- The menu entries a role grants; the index serves "is this entry granted by any role".
CREATE TABLE role_menus (
    role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    menu_id uuid NOT NULL REFERENCES menus (id),
    PRIMARY KEY (role_id, menu_id)
);
CREATE INDEX role_menus_menu_id_idx ON role_menus (menu_id);

-- The departments of a CUSTOM data scope.
CREATE TABLE role_depts (
    role_id uuid NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    dept_id uuid NOT NULL REFERENCES departments (id),
    PRIMARY KEY (role_id, dept_id)
);
CREATE INDEX role_depts_dept_id_idx ON role_depts (dept_id);

-- The built-in menus: one entry per endpoint of the product so far (later contexts add theirs
-- in their own migrations). Fixed ids, so roles and later migrations can refer to them.
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000100', NULL, 'System', 'DIRECTORY', '/system', NULL, NULL, 'system', 1),
    ('01936f6e-0000-7000-8000-000000000101', '01936f6e-0000-7000-8000-000000000100', 'Users', 'MENU', 'user', 'system/user/index', 'system:user:list', 'user', 1),
    ('01936f6e-0000-7000-8000-000000000102', '01936f6e-0000-7000-8000-000000000100', 'Roles', 'MENU', 'role', 'system/role/index', 'system:role:list', 'peoples', 2),
    ('01936f6e-0000-7000-8000-000000000103', '01936f6e-0000-7000-8000-000000000100', 'Menus', 'MENU', 'menu', 'system/menu/index', 'system:menu:list', 'tree-table', 3),
    ('01936f6e-0000-7000-8000-000000000104', '01936f6e-0000-7000-8000-000000000100', 'Departments', 'MENU', 'dept', 'system/dept/index', 'system:dept:list', 'tree', 4),
    ('01936f6e-0000-7000-8000-000000000200', NULL, 'Monitor', 'DIRECTORY', '/monitor', NULL, NULL, 'monitor', 2),
    ('01936f6e-0000-7000-8000-000000000201', '01936f6e-0000-7000-8000-000000000200', 'Online sessions', 'MENU', 'online', 'monitor/online/index', 'monitor:session:list', 'online', 1),
    ('01936f6e-0000-7000-8000-000000000202', '01936f6e-0000-7000-8000-000000000200', 'Login log', 'MENU', 'login-log', 'monitor/login-log/index', 'monitor:login-log:list', 'logininfor', 2),
    ('01936f6e-0000-7000-8000-000000000110', '01936f6e-0000-7000-8000-000000000101', 'Read user', 'BUTTON', NULL, NULL, 'system:user:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000111', '01936f6e-0000-7000-8000-000000000101', 'Create user', 'BUTTON', NULL, NULL, 'system:user:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000112', '01936f6e-0000-7000-8000-000000000101', 'Update user', 'BUTTON', NULL, NULL, 'system:user:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000113', '01936f6e-0000-7000-8000-000000000101', 'Delete user', 'BUTTON', NULL, NULL, 'system:user:delete', NULL, 4),
    ('01936f6e-0000-7000-8000-000000000114', '01936f6e-0000-7000-8000-000000000101', 'Reset password', 'BUTTON', NULL, NULL, 'system:user:reset-password', NULL, 5),
    ('01936f6e-0000-7000-8000-000000000115', '01936f6e-0000-7000-8000-000000000101', 'Enable or disable', 'BUTTON', NULL, NULL, 'system:user:status', NULL, 6),
    ('01936f6e-0000-7000-8000-000000000116', '01936f6e-0000-7000-8000-000000000101', 'Unlock', 'BUTTON', NULL, NULL, 'system:user:unlock', NULL, 7),
    ('01936f6e-0000-7000-8000-000000000117', '01936f6e-0000-7000-8000-000000000101', 'Import users', 'BUTTON', NULL, NULL, 'system:user:import', NULL, 8),
    ('01936f6e-0000-7000-8000-000000000118', '01936f6e-0000-7000-8000-000000000101', 'Export users', 'BUTTON', NULL, NULL, 'system:user:export', NULL, 9),
    ('01936f6e-0000-7000-8000-000000000120', '01936f6e-0000-7000-8000-000000000102', 'Read role', 'BUTTON', NULL, NULL, 'system:role:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000121', '01936f6e-0000-7000-8000-000000000102', 'Create role', 'BUTTON', NULL, NULL, 'system:role:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000122', '01936f6e-0000-7000-8000-000000000102', 'Update role', 'BUTTON', NULL, NULL, 'system:role:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000123', '01936f6e-0000-7000-8000-000000000102', 'Delete role', 'BUTTON', NULL, NULL, 'system:role:delete', NULL, 4),
    ('01936f6e-0000-7000-8000-000000000130', '01936f6e-0000-7000-8000-000000000103', 'Read menu entry', 'BUTTON', NULL, NULL, 'system:menu:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000131', '01936f6e-0000-7000-8000-000000000103', 'Create menu entry', 'BUTTON', NULL, NULL, 'system:menu:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000132', '01936f6e-0000-7000-8000-000000000103', 'Update menu entry', 'BUTTON', NULL, NULL, 'system:menu:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000133', '01936f6e-0000-7000-8000-000000000103', 'Delete menu entry', 'BUTTON', NULL, NULL, 'system:menu:delete', NULL, 4),
    ('01936f6e-0000-7000-8000-000000000140', '01936f6e-0000-7000-8000-000000000104', 'Read department', 'BUTTON', NULL, NULL, 'system:dept:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000141', '01936f6e-0000-7000-8000-000000000104', 'Create department', 'BUTTON', NULL, NULL, 'system:dept:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000142', '01936f6e-0000-7000-8000-000000000104', 'Update department', 'BUTTON', NULL, NULL, 'system:dept:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000143', '01936f6e-0000-7000-8000-000000000104', 'Delete department', 'BUTTON', NULL, NULL, 'system:dept:delete', NULL, 4),
    ('01936f6e-0000-7000-8000-000000000210', '01936f6e-0000-7000-8000-000000000201', 'Force logout', 'BUTTON', NULL, NULL, 'monitor:session:delete', NULL, 1)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

-- The built-in roles beside super_admin: `admin` runs the system (every built-in entry, all
-- records); `user` is what an ordinary account gets (no screens, only its own records).
INSERT INTO roles (id, code, name, sort, status, data_scope, version, created_at, updated_at)
VALUES ('01936f6e-0000-7000-8000-000000000002', 'admin', 'Administrator', 2, 'ENABLED', 'ALL', 0, now(), now()),
       ('01936f6e-0000-7000-8000-000000000003', 'user', 'User', 3, 'ENABLED', 'SELF', 0, now(), now())
ON CONFLICT DO NOTHING;
UPDATE roles SET sort = 1 WHERE id = '01936f6e-0000-7000-8000-000000000001';

INSERT INTO role_menus (role_id, menu_id) VALUES
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000100'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000101'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000102'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000103'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000104'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000200'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000201'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000202'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000110'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000111'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000112'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000113'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000114'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000115'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000116'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000117'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000118'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000120'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000121'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000122'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000123'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000130'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000131'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000132'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000133'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000140'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000141'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000142'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000143'),
    ('01936f6e-0000-7000-8000-000000000002', '01936f6e-0000-7000-8000-000000000210');
