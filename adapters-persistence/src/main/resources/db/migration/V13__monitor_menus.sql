-- The server and cache monitors: two screens under the Monitor directory and the cache monitor's
-- buttons (listing key names, clearing a cache on every instance), all granted to the built-in
-- admin role; super_admin holds them through `*`.
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000204', '01936f6e-0000-7000-8000-000000000200', 'Server', 'MENU', 'server', 'monitor/server/index', 'monitor:server:read', 'server', 4),
    ('01936f6e-0000-7000-8000-000000000205', '01936f6e-0000-7000-8000-000000000200', 'Cache', 'MENU', 'cache', 'monitor/cache/index', 'monitor:cache:read', 'redis', 5),
    ('01936f6e-0000-7000-8000-000000000240', '01936f6e-0000-7000-8000-000000000205', 'List cache keys', 'BUTTON', NULL, NULL, 'monitor:cache:keys', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000241', '01936f6e-0000-7000-8000-000000000205', 'Clear cache', 'BUTTON', NULL, NULL, 'monitor:cache:delete', NULL, 2)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id)
SELECT '01936f6e-0000-7000-8000-000000000002'::uuid, m.id::uuid
FROM (VALUES ('01936f6e-0000-7000-8000-000000000204'), ('01936f6e-0000-7000-8000-000000000205'),
             ('01936f6e-0000-7000-8000-000000000240'), ('01936f6e-0000-7000-8000-000000000241')) AS m (id);
