-- A realistic organization for timings and benchmarks, written straight into a migrated
-- Bastion schema (run it after the server has started once on the database):
--   * 1 000 departments under the root, 6 levels deep (5, 25, 100, 250, 370, 250 per level);
--   * 100 000 users spread over them by a fixed hash (user000001 … user100000), every one
--     with the password of `admin` (so any of them can sign in with it);
--   * 20 roles (bench_role_01 … 20) with the Users screen and a rotating data scope;
--   * `manager`: a user in a level-2 department holding `bench_manager` (list + read users,
--     data scope DEPT_AND_CHILDREN), the subject of the scoped listing.
-- Idempotent only on an empty organization: it refuses to run twice.
\set ON_ERROR_STOP on
BEGIN;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM departments WHERE name = 'Bench L1-1') THEN
        RAISE EXCEPTION 'the bench organization is already there';
    END IF;
END $$;

CREATE TEMP TABLE bench_depts (seq serial, level int, id uuid) ON COMMIT DROP;

DO $$
DECLARE
    sizes int[] := ARRAY[5, 25, 100, 250, 370, 250];
    parents uuid[] := ARRAY['01936f6e-0000-7000-8000-0000000000d1'::uuid];
    made uuid[];
    dept uuid;
BEGIN
    FOR level IN 1..6 LOOP
        made := ARRAY[]::uuid[];
        FOR i IN 1..sizes[level] LOOP
            dept := gen_random_uuid();
            INSERT INTO departments (id, parent_id, name, sort, status, version, created_at, updated_at)
            VALUES (dept, parents[1 + (i - 1) % array_length(parents, 1)], 'Bench L' || level || '-' || i, i,
                    'ENABLED', 0, now(), now());
            INSERT INTO bench_depts (level, id) VALUES (level, dept);
            made := made || dept;
        END LOOP;
        parents := made;
    END LOOP;
END $$;

INSERT INTO users (id, username, nickname, email, password_hash, must_change_password, status, version,
                   created_at, updated_at, dept_id)
SELECT gen_random_uuid(), 'user' || lpad(n::text, 6, '0'), 'User ' || n, 'user' || n || '@bench.example',
       (SELECT password_hash FROM users WHERE username = 'admin' AND deleted_at IS NULL), false, 'ENABLED', 0,
       now() - make_interval(secs => n), now(),
       (SELECT id FROM bench_depts WHERE seq = 1 + (hashint4(n) & 2147483647) % 1000)
FROM generate_series(1, 100000) AS n;

INSERT INTO roles (id, code, name, sort, status, data_scope, version, created_at, updated_at)
SELECT gen_random_uuid(), 'bench_role_' || lpad(n::text, 2, '0'), 'Bench role ' || n, 10 + n, 'ENABLED',
       (ARRAY['ALL', 'DEPT', 'DEPT_AND_CHILDREN', 'SELF'])[1 + n % 4], 0, now(), now()
FROM generate_series(1, 20) AS n;
INSERT INTO role_menus (role_id, menu_id)
SELECT id, '01936f6e-0000-7000-8000-000000000101' FROM roles WHERE code LIKE 'bench_role_%';

INSERT INTO roles (id, code, name, sort, status, data_scope, version, created_at, updated_at)
VALUES (gen_random_uuid(), 'bench_manager', 'Bench manager', 9, 'ENABLED', 'DEPT_AND_CHILDREN', 0, now(), now());
INSERT INTO role_menus (role_id, menu_id)
SELECT id, m FROM roles, unnest(ARRAY['01936f6e-0000-7000-8000-000000000101',
                                      '01936f6e-0000-7000-8000-000000000110']::uuid[]) AS m
WHERE code = 'bench_manager';

INSERT INTO users (id, username, nickname, password_hash, must_change_password, status, version, created_at,
                   updated_at, dept_id)
SELECT gen_random_uuid(), 'manager', 'Manager', password_hash, false, 'ENABLED', 0, now(), now(),
       (SELECT id FROM bench_depts WHERE level = 2 ORDER BY seq LIMIT 1)
FROM users WHERE username = 'admin' AND deleted_at IS NULL;
INSERT INTO user_roles (user_id, role_id)
SELECT u.id, r.id FROM users u, roles r WHERE u.username = 'manager' AND r.code = 'bench_manager';

COMMIT;
ANALYZE;
