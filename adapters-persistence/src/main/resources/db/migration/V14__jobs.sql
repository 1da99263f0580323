-- Scheduled jobs: what administrators define (jobs), what happened (job_executions), and the
-- cluster scheduler's own table (scheduler_tasks, db-scheduler's layout): one row per planned
-- firing of an enabled job (task 'job-fire', instance = job id) and one per run ordered but not
-- yet finished (task 'job-run', instance = execution id, data = "<job id>|<trigger>|<due millis>"
-- as UTF-8 text). An instance claims a due row by locking it (SELECT ... FOR UPDATE SKIP LOCKED)
-- and marking it picked, so each firing and each run happens on exactly one instance.

CREATE TABLE jobs (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    handler     text        NOT NULL,
    cron        text        NOT NULL,
    timezone    text        NOT NULL,
    parameters  jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(parameters) = 'object'),
    enabled     boolean     NOT NULL,
    concurrency text        NOT NULL CHECK (concurrency IN ('FORBID', 'ALLOW')),
    misfire     text        NOT NULL CHECK (misfire IN ('FIRE_ONCE', 'SKIP')),
    timeout_ms  bigint      NOT NULL CHECK (timeout_ms > 0 AND timeout_ms <= 86400000),
    description text,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT jobs_name_unique UNIQUE (name)
);

CREATE INDEX jobs_handler ON jobs (handler);

CREATE TABLE job_executions (
    id           uuid        PRIMARY KEY,
    job_id       uuid        NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    trigger      text        NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL')),
    scheduled_at timestamptz NOT NULL,
    started_at   timestamptz,
    finished_at  timestamptz,
    outcome      text        NOT NULL CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'SKIPPED')),
    message      text,
    instance     text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    CHECK ((outcome = 'RUNNING') = (finished_at IS NULL)),
    CHECK (outcome = 'SKIPPED' OR started_at IS NOT NULL)
);

-- A job's history, newest first; and the running ones, for FORBID and for refusing a delete.
CREATE INDEX job_executions_of_job ON job_executions (job_id, recorded_at DESC, id DESC);
CREATE INDEX job_executions_running ON job_executions (job_id) WHERE outcome = 'RUNNING';
-- The retention purge.
CREATE INDEX job_executions_finished ON job_executions (finished_at) WHERE outcome <> 'RUNNING';

CREATE TABLE scheduler_tasks (
    task_name            text        NOT NULL,
    task_instance        text        NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean     NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint      NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduler_tasks_execution_time ON scheduler_tasks (execution_time);
CREATE INDEX scheduler_tasks_last_heartbeat ON scheduler_tasks (last_heartbeat);
CREATE INDEX scheduler_tasks_priority_execution_time ON scheduler_tasks (priority DESC, execution_time ASC);

-- The built-in jobs. Each instance plans, at start, the next firing of every enabled job that has
-- none, so these need no scheduler row here. Times are UTC, spread over the quiet hours.
INSERT INTO jobs (id, name, handler, cron, timezone, parameters, enabled, concurrency, misfire, timeout_ms,
                  description, version, created_at, updated_at)
VALUES
    ('01936f6e-0000-7000-8000-000000000f01', 'Purge audit logs', 'audit.purge-logs', '0 30 3 * * *', 'UTC',
     '{}', true, 'FORBID', 'FIRE_ONCE', 3600000,
     'Deletes operation-log and login-log entries older than BASTION_AUDIT_RETENTION; the operation log keeps its anchor.',
     0, now(), now()),
    ('01936f6e-0000-7000-8000-000000000f02', 'Purge published outbox events', 'outbox.purge-sent', '0 5 * * * *', 'UTC',
     '{}', true, 'FORBID', 'SKIP', 600000,
     'Deletes events the outbox published longer ago than its retention.', 0, now(), now()),
    ('01936f6e-0000-7000-8000-000000000f03', 'Purge expired sessions'' leftovers', 'sessions.purge-leftovers',
     '0 15 * * * *', 'UTC', '{}', true, 'FORBID', 'SKIP', 600000,
     'Drops expired sessions from the session indexes (they are otherwise dropped lazily).', 0, now(), now()),
    ('01936f6e-0000-7000-8000-000000000f04', 'Purge job executions', 'jobs.purge-executions', '0 45 3 * * *', 'UTC',
     '{}', true, 'FORBID', 'FIRE_ONCE', 3600000,
     'Deletes ended job executions older than BASTION_JOBS_EXECUTION_RETENTION.', 0, now(), now()),
    ('01936f6e-0000-7000-8000-000000000f05', 'Smoke test', 'smoke.record', '0 * * * * *', 'UTC',
     '{}', false, 'FORBID', 'SKIP', 60000,
     'Does nothing but record its run: enable it (or run it now) to see that jobs fire.', 0, now(), now());

-- The Jobs screen under Monitor and its buttons, granted to the built-in admin role; super_admin
-- holds them through `*`.
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000206', '01936f6e-0000-7000-8000-000000000200', 'Jobs', 'MENU', 'job', 'monitor/job/index', 'monitor:job:list', 'job', 6),
    ('01936f6e-0000-7000-8000-000000000250', '01936f6e-0000-7000-8000-000000000206', 'Job details', 'BUTTON', NULL, NULL, 'monitor:job:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000251', '01936f6e-0000-7000-8000-000000000206', 'Create job', 'BUTTON', NULL, NULL, 'monitor:job:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000252', '01936f6e-0000-7000-8000-000000000206', 'Edit job', 'BUTTON', NULL, NULL, 'monitor:job:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000253', '01936f6e-0000-7000-8000-000000000206', 'Delete job', 'BUTTON', NULL, NULL, 'monitor:job:delete', NULL, 4),
    ('01936f6e-0000-7000-8000-000000000254', '01936f6e-0000-7000-8000-000000000206', 'Enable or disable job', 'BUTTON', NULL, NULL, 'monitor:job:status', NULL, 5),
    ('01936f6e-0000-7000-8000-000000000255', '01936f6e-0000-7000-8000-000000000206', 'Run job now', 'BUTTON', NULL, NULL, 'monitor:job:run', NULL, 6)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id)
SELECT '01936f6e-0000-7000-8000-000000000002'::uuid, m.id::uuid
FROM (VALUES ('01936f6e-0000-7000-8000-000000000206'), ('01936f6e-0000-7000-8000-000000000250'),
             ('01936f6e-0000-7000-8000-000000000251'), ('01936f6e-0000-7000-8000-000000000252'),
             ('01936f6e-0000-7000-8000-000000000253'), ('01936f6e-0000-7000-8000-000000000254'),
             ('01936f6e-0000-7000-8000-000000000255')) AS m (id);
