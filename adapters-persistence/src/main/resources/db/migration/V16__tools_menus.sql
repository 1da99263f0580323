-- The Tools directory and the code generator's screen under it (POST /api/v1/codegen/preview and
-- /download: the module generator over HTTP, writing nothing on the server), with a button for
-- each, granted to the built-in admin role; super_admin holds them through `*`.
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000300', NULL, 'Tools', 'DIRECTORY', '/tool', NULL, NULL, 'tool', 3),
    ('01936f6e-0000-7000-8000-000000000301', '01936f6e-0000-7000-8000-000000000300', 'Code generator', 'MENU', 'codegen', 'tool/codegen/index', 'tool:codegen:preview', 'code', 1),
    ('01936f6e-0000-7000-8000-000000000310', '01936f6e-0000-7000-8000-000000000301', 'Preview module', 'BUTTON', NULL, NULL, 'tool:codegen:preview', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000311', '01936f6e-0000-7000-8000-000000000301', 'Download module', 'BUTTON', NULL, NULL, 'tool:codegen:download', NULL, 2)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id)
SELECT '01936f6e-0000-7000-8000-000000000002'::uuid, m.id::uuid
FROM (VALUES ('01936f6e-0000-7000-8000-000000000300'), ('01936f6e-0000-7000-8000-000000000301'),
             ('01936f6e-0000-7000-8000-000000000310'), ('01936f6e-0000-7000-8000-000000000311')) AS m (id);
