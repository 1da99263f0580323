-- The organization tree. Only the root has no parent; the domain refuses cycles.
CREATE TABLE departments (
    id         uuid         PRIMARY KEY,
    parent_id  uuid         REFERENCES departments (id),
    name       varchar(64)  NOT NULL,
    sort       integer      NOT NULL DEFAULT 0,
    leader     varchar(64),
    phone      varchar(32),
    email      varchar(254),
    status     varchar(16)  NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    deleted_at timestamptz,
    CHECK (parent_id IS NOT NULL OR id = '01936f6e-0000-7000-8000-0000000000d1')
);
CREATE INDEX departments_parent ON departments (parent_id) WHERE deleted_at IS NULL;

INSERT INTO departments (id, parent_id, name, sort, status, version, created_at, updated_at)
VALUES ('01936f6e-0000-7000-8000-0000000000d1', NULL, 'Root', 0, 'ENABLED', 0, now(), now());

-- Every user belongs to a department; existing and new users start in the root.
ALTER TABLE users ADD COLUMN dept_id uuid NOT NULL DEFAULT '01936f6e-0000-7000-8000-0000000000d1'
    REFERENCES departments (id);
CREATE INDEX users_dept ON users (dept_id) WHERE deleted_at IS NULL;
