-- 1 000 000 operation-log entries for timings and benchmarks, written straight into a migrated
-- Bastion schema after bench/seed-organization.sql (its users are the operators):
--   * one entry every ~2.6 s over the 30 days before now (newest about a minute ago), in time order;
--   * 10 operators (admin, manager, user000001 … user000008; admin the busiest) and 1 % anonymous
--     requests (401, no actor);
--   * 17 operations over users, roles, departments, menus, configs, notices, jobs and the caller's
--     own session (their routes, modules and titles as the server names them), with masked bodies;
--   * statuses as a busy back office sees them: ~91 % 2xx, then 400, 409, 403, 404, 401, a few 500;
--     durations of a few ms with a long tail (creating a user: Argon2, ~60 ms).
-- The hash chain holds: each entry's prev_hash/hash are computed here exactly as OperationLogEntry
-- does (SHA-256 over the previous hash, '\n' and the canonical form), continuing from the table's
-- last entry (or the purge anchor, or 64 zeros), so GET /logs/operations/verify passes over the
-- seeded entries and the server's own appends chain on after them. `seq` is given explicitly in
-- time order and the identity moved past it.
-- Refuses to run twice. About 3 minutes on the 2 shared cores here (load ~12); the per-entry
-- SHA-256 chain (a window aggregate, ~70 µs an entry) is most of it.
\set ON_ERROR_STOP on
BEGIN;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM operation_log WHERE request_id LIKE 'bench-%') THEN
        RAISE EXCEPTION 'the bench operation log is already there';
    END IF;
    IF (SELECT count(*) FROM users WHERE username IN ('admin', 'manager') AND deleted_at IS NULL) <> 2 THEN
        RAISE EXCEPTION 'run bench/seed-organization.sql first (admin and manager are operators)';
    END IF;
END $$;

-- Java's Instant.toString() of a timestamp with microseconds: seconds always, then 0, 3 or 6
-- fraction digits as needed, 'Z' (one expression, so the planner inlines it).
CREATE FUNCTION pg_temp.instant_text(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN extract(microseconds FROM at)::bigint % 1000000 = 0 THEN ''
                WHEN extract(microseconds FROM at)::bigint % 1000 = 0 THEN '.' || to_char(at AT TIME ZONE 'UTC', 'MS')
                ELSE '.' || to_char(at AT TIME ZONE 'UTC', 'US') END
        || 'Z'
$$;

-- One field of the canonical form: name=<length>:<value>; or name=-; for null (values are ASCII
-- here, so length() counts what Java's String.length() counts).
CREATE FUNCTION pg_temp.field(name text, value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT name || '=' || CASE WHEN value IS NULL THEN '-' ELSE length(value) || ':' || value END || ';'
$$;

-- The running hash: the previous entry's hash (the start for the first) chained with this entry.
-- (PL/pgSQL: an aggregate's step is called, never inlined, and a PL/pgSQL expression is the cheaper call)
CREATE FUNCTION pg_temp.chain_step(previous text, start text, canonical text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN encode(sha256(convert_to(coalesce(previous, start) || E'\n' || canonical, 'UTF8')), 'hex');
END
$$;
CREATE AGGREGATE pg_temp.chain(text, text) (SFUNC = pg_temp.chain_step, STYPE = text);

CREATE TEMP TABLE bench_operators (k int PRIMARY KEY, id uuid, username text, address text, agent text)
    ON COMMIT DROP;
INSERT INTO bench_operators
SELECT o.k, u.id, u.username, '10.20.' || o.k || '.' || (10 + o.k * 7), o.agent
FROM (VALUES
    (0, 'admin', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'),
    (1, 'admin', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'),
    (2, 'admin', 'curl/8.5.0'),
    (3, 'manager', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'),
    (4, 'manager', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'),
    (5, 'user000001', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'),
    (6, 'user000002', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'),
    (7, 'user000003', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Edg/131.0'),
    (8, 'user000004', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'),
    (9, 'user000005', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'),
    (10, 'user000006', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'),
    (11, 'user000007', 'python-requests/2.32.3'),
    (12, 'user000008', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')
) AS o (k, username, agent)
JOIN users u ON u.username = o.username AND u.deleted_at IS NULL;

-- method, route, module, title, whether the route names a record, the body, typical ms
CREATE TEMP TABLE bench_operations (k int PRIMARY KEY, method text, route text, module text, title text,
                                    targeted boolean, body text, ms int) ON COMMIT DROP;
INSERT INTO bench_operations VALUES
    (0, 'POST', '/api/v1/users', 'system:user', 'create user', false,
        '{"username":"staff@N","nickname":"Staff @N","password":"***","deptId":"@T","roleIds":[]}', 60),
    (1, 'PUT', '/api/v1/users/{id}', 'system:user', 'update user', true, '{"nickname":"Staff @N","version":@V}', 6),
    (2, 'PUT', '/api/v1/users/{id}', 'system:user', 'update user', true, '{"status":"DISABLED","version":@V}', 6),
    (3, 'DELETE', '/api/v1/users/{id}', 'system:user', 'delete user', true, NULL, 5),
    (4, 'PUT', '/api/v1/users/{id}/password', 'system:user', 'reset user password', true, '{"password":"***"}', 62),
    (5, 'POST', '/api/v1/roles', 'system:role', 'create role', false,
        '{"code":"role_@N","name":"Role @N","sort":10,"dataScope":"DEPT","menuIds":[]}', 9),
    (6, 'PUT', '/api/v1/roles/{id}', 'system:role', 'update role', true, '{"name":"Role @N","version":@V}', 8),
    (7, 'POST', '/api/v1/depts', 'system:dept', 'create dept', false, '{"parentId":"@T","name":"Team @N","sort":1}', 5),
    (8, 'PUT', '/api/v1/depts/{id}', 'system:dept', 'update dept', true, '{"leader":"Lead @N","version":@V}', 5),
    (9, 'PUT', '/api/v1/menus/{id}', 'system:menu', 'update menu', true, '{"sort":@V,"version":@V}', 5),
    (10, 'PUT', '/api/v1/configs/{idOrKey}', 'system:config', 'update config', true, '{"value":"@V","version":@V}', 5),
    (11, 'POST', '/api/v1/notices', 'system:notice', 'create notice', false,
        '{"title":"Notice @N","content":"Maintenance window @N","type":"NOTICE","level":"INFO","audience":{"all":true}}', 7),
    (12, 'POST', '/api/v1/jobs/{id}/run', 'monitor:job', 'run job', true, NULL, 4),
    (13, 'DELETE', '/api/v1/sessions/{sessionId}', 'monitor:session', 'delete session', true, NULL, 3),
    (14, 'PUT', '/api/v1/auth/me', 'auth', 'PUT /auth/me', false, '{"nickname":"Me @N","version":@V}', 5),
    (15, 'POST', '/api/v1/auth/refresh', 'auth', 'POST /auth/refresh', false, '{"refreshToken":"***"}', 3),
    (16, 'POST', '/api/v1/auth/logout', 'auth', 'POST /auth/logout', false, NULL, 2);

CREATE TEMP TABLE bench_entries ON COMMIT DROP AS
WITH drawn AS (
    SELECT n,
           -- fixed pseudo-random draws per entry, each in [0, 1)
           (hashint8(n) & 2147483647) / 2147483648.0 AS r1,
           (hashint8(n + 7000000000) & 2147483647) / 2147483648.0 AS r2,
           (hashint8(n + 14000000000) & 2147483647) / 2147483648.0 AS r3,
           (hashint8(n + 21000000000) & 2147483647) / 2147483648.0 AS r4,
           md5(n::text) AS h1, md5('s' || n) AS h2
    FROM generate_series(1, 1000000) AS n
), shaped AS (
    SELECT d.*,
           -- one entry every 2.592 s over 30 days, shifted by up to 2 s: still in order
           date_trunc('second', now()) - interval '30 days' - interval '60 seconds'
               + make_interval(secs => n * 2.592 + floor(r1 * 2000000) / 1000000.0) AS at,
           -- admin (0-2) does 30 %, manager (3-4) 20 %, the eight users the rest
           CASE WHEN r2 < 0.30 THEN floor(r2 / 0.10)::int
                WHEN r2 < 0.50 THEN 3 + floor((r2 - 0.30) / 0.10)::int
                ELSE 5 + floor((r2 - 0.50) / 0.0625)::int END AS operator,
           -- updates most often, then refresh/logout, creates, the rest
           (ARRAY[1, 1, 1, 1, 1, 1, 15, 15, 15, 16, 0, 0, 8, 8, 6, 9, 10, 10, 14, 14,
                  2, 3, 4, 5, 7, 11, 12, 13, 1, 15])[1 + floor(r3 * 30)::int] AS operation,
           CASE WHEN r4 < 0.9100 THEN 0   -- 2xx
                WHEN r4 < 0.9500 THEN 400
                WHEN r4 < 0.9700 THEN 409
                WHEN r4 < 0.9800 THEN 403
                WHEN r4 < 0.9890 THEN 404
                WHEN r4 < 0.9990 THEN 401
                ELSE 500 END AS failure
    FROM drawn d
)
SELECT s.n, s.at,
       -- UUIDv7 like the server's: 48 bits of Unix milliseconds, version 7, variant 10, random rest
       (lpad(to_hex((extract(epoch FROM s.at) * 1000)::bigint), 12, '0') || '7' || substr(s.h1, 1, 3)
            || substr('89ab', 1 + (get_byte(decode(substr(s.h1, 4, 2), 'hex'), 0) % 4), 1)
            || substr(s.h1, 6, 15))::uuid AS id,
       CASE WHEN s.failure = 401 THEN NULL ELSE o.id END AS actor_id,
       CASE WHEN s.failure = 401 THEN NULL ELSE o.username END AS actor_username,
       CASE WHEN s.failure = 401 THEN NULL
            ELSE md5(o.username || (s.n / 4000))::uuid END AS session_id,   -- a session lasts ~3 hours
       CASE WHEN s.failure = 401 THEN '198.51.100.' || (s.n % 250) ELSE o.address END AS client_address,
       o.agent AS user_agent, p.method, p.route,
       CASE WHEN p.targeted THEN substr(s.h2, 1, 8) || '-' || substr(s.h2, 9, 4) || '-7' || substr(s.h2, 14, 3)
                                 || '-8' || substr(s.h2, 18, 3) || '-' || substr(s.h2, 21, 12) END AS target_id,
       p.module, p.title,
       CASE WHEN s.failure = 401 THEN '{"read":false,"bytes":' || coalesce(length(p.body), 0) || '}'
            ELSE replace(replace(replace(p.body, '@N', (s.n % 100000)::text), '@V', (s.n % 7)::text),
                         '@T', md5(s.h2)::uuid::text) END AS arguments,
       CASE WHEN s.failure <> 0 THEN s.failure
            WHEN p.method = 'POST' AND p.module LIKE 'system:%' THEN 201
            WHEN p.method = 'DELETE' OR p.route = '/api/v1/auth/logout' THEN 204
            WHEN p.route = '/api/v1/jobs/{id}/run' THEN 202
            ELSE 200 END AS status,
       CASE s.failure WHEN 0 THEN NULL WHEN 400 THEN 'VALIDATION_ERROR' WHEN 409 THEN 'VERSION_CONFLICT'
                      WHEN 403 THEN 'FORBIDDEN' WHEN 404 THEN 'NOT_FOUND' WHEN 401 THEN 'UNAUTHORIZED'
                      ELSE 'INTERNAL_ERROR' END AS problem_code,
       -- typical time, times 0.5 … ~20 with a long tail; refused requests are quick
       CASE WHEN s.failure IN (401, 403) THEN 1 + (s.n % 3)
            ELSE greatest(1, round(p.ms * (0.5 + 19.5 * power(s.r1, 6)) + s.r3 * 3))::bigint END AS duration_ms,
       substr(s.h1, 17, 8) || '-' || substr(s.h1, 25, 4) || '-4' || substr(s.h2, 1, 3) || '-a'
           || substr(s.h2, 4, 3) || '-' || substr(s.h2, 7, 12) AS request_core
FROM shaped s
JOIN bench_operators o ON o.k = s.operator
JOIN bench_operations p ON p.k = s.operation;

-- Where the chain goes on from: the last entry, else the purge anchor, else the genesis.
CREATE TEMP TABLE bench_chain_start ON COMMIT DROP AS
SELECT coalesce((SELECT hash FROM operation_log ORDER BY seq DESC LIMIT 1),
                (SELECT hash FROM operation_log_anchor WHERE id = 1),
                repeat('0', 64)) AS hash,
       greatest(coalesce((SELECT max(seq) FROM operation_log), 0),
                coalesce((SELECT seq FROM operation_log_anchor WHERE id = 1), 0)) AS seq;

INSERT INTO operation_log (id, seq, at, actor_id, actor_username, session_id, client_address, user_agent,
                           method, route, target_id, module, title, arguments, status, problem_code,
                           duration_ms, request_id, prev_hash, hash)
OVERRIDING SYSTEM VALUE
SELECT id, seq, at, actor_id, actor_username, session_id, client_address, user_agent, method, route, target_id,
       module, title, arguments, status, problem_code, duration_ms, request_id,
       lag(hash, 1, start) OVER (ORDER BY n), hash
FROM (
    SELECT e.*, c.seq + e.n AS seq, 'bench-' || e.request_core AS request_id, c.hash AS start,
           pg_temp.chain(c.hash,
               pg_temp.field('id', e.id::text) || pg_temp.field('at', pg_temp.instant_text(e.at))
               || pg_temp.field('actorId', e.actor_id::text) || pg_temp.field('actorUsername', e.actor_username)
               || pg_temp.field('sessionId', e.session_id::text) || pg_temp.field('clientAddress', e.client_address)
               || pg_temp.field('userAgent', e.user_agent) || pg_temp.field('method', e.method)
               || pg_temp.field('route', e.route) || pg_temp.field('targetId', e.target_id)
               || pg_temp.field('module', e.module) || pg_temp.field('title', e.title)
               || pg_temp.field('arguments', e.arguments) || pg_temp.field('status', e.status::text)
               || pg_temp.field('problemCode', e.problem_code)
               || pg_temp.field('durationMillis', e.duration_ms::text)
               || pg_temp.field('requestId', 'bench-' || e.request_core))
               OVER (ORDER BY e.n ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hash
    FROM bench_entries e CROSS JOIN bench_chain_start c
) chained
ORDER BY n;

-- the server's next append takes the identity's next value: after the seeded entries
SELECT setval(pg_get_serial_sequence('operation_log', 'seq'), (SELECT max(seq) FROM operation_log));

COMMIT;
