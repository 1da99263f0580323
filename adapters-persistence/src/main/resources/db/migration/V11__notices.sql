-- Notices: messages from administrators to an audience, with a life that only goes forward
-- (DRAFT → PUBLISHED → REVOKED). The content is HTML as the sanitizer left it, never as sent.
-- The audience is everyone, or the holders of some roles, the members of some departments and
-- of every department below them (the tree as it stands when read), and some users; the ids are
-- arrays in the order given (the domain checks they exist when they are given; a role,
-- department or user deleted later simply reaches nobody).
CREATE TABLE notices (
    id                uuid         PRIMARY KEY,
    title             varchar(100) NOT NULL,
    content           text         NOT NULL CHECK (char_length(content) <= 20000),
    type              varchar(16)  NOT NULL CHECK (type IN ('ANNOUNCEMENT', 'NOTIFICATION')),
    level             varchar(16)  NOT NULL CHECK (level IN ('INFO', 'WARNING', 'CRITICAL')),
    audience_all      boolean      NOT NULL,
    audience_role_ids uuid[]       NOT NULL DEFAULT '{}',
    audience_dept_ids uuid[]       NOT NULL DEFAULT '{}',
    audience_user_ids uuid[]       NOT NULL DEFAULT '{}',
    publish_at        timestamptz,
    expires_at        timestamptz,
    status            varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'REVOKED')),
    created_by        uuid         NOT NULL REFERENCES users (id),
    published_at      timestamptz,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    deleted_at        timestamptz,
    CHECK (publish_at IS NULL OR expires_at IS NULL OR expires_at > publish_at),
    CHECK ((status = 'DRAFT') = (published_at IS NULL))
);
-- the administrators' listing, newest first
CREATE INDEX notices_created_at ON notices (created_at DESC, id DESC) WHERE deleted_at IS NULL;
-- the readers' listings: published notices in the order they are shown, newest first
CREATE INDEX notices_shown ON notices (coalesce(publish_at, published_at) DESC, id DESC)
    WHERE status = 'PUBLISHED' AND deleted_at IS NULL;

-- Read receipts: who read which notice when. Marking read twice keeps the first time.
CREATE TABLE notice_reads (
    user_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    notice_id uuid        NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    read_at   timestamptz NOT NULL,
    PRIMARY KEY (user_id, notice_id)
);
CREATE INDEX notice_reads_notice ON notice_reads (notice_id);

-- The Notices screen and its buttons, granted to the built-in admin role.
INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible, status, version,
                   created_at, updated_at)
SELECT v.id::uuid, v.parent_id::uuid, v.name, v.type, v.path, v.component, v.permission, v.icon, v.sort, true,
       'ENABLED', 0, now(), now()
FROM (VALUES
    ('01936f6e-0000-7000-8000-000000000107', '01936f6e-0000-7000-8000-000000000100', 'Notices', 'MENU', 'notice', 'system/notice/index', 'system:notice:list', 'message', 7),
    ('01936f6e-0000-7000-8000-000000000170', '01936f6e-0000-7000-8000-000000000107', 'Read notice', 'BUTTON', NULL, NULL, 'system:notice:read', NULL, 1),
    ('01936f6e-0000-7000-8000-000000000171', '01936f6e-0000-7000-8000-000000000107', 'Create notice', 'BUTTON', NULL, NULL, 'system:notice:create', NULL, 2),
    ('01936f6e-0000-7000-8000-000000000172', '01936f6e-0000-7000-8000-000000000107', 'Update notice', 'BUTTON', NULL, NULL, 'system:notice:update', NULL, 3),
    ('01936f6e-0000-7000-8000-000000000173', '01936f6e-0000-7000-8000-000000000107', 'Delete notice', 'BUTTON', NULL, NULL, 'system:notice:delete', NULL, 4),
    ('01936f6e-0000-7000-8000-000000000174', '01936f6e-0000-7000-8000-000000000107', 'Publish notice', 'BUTTON', NULL, NULL, 'system:notice:publish', NULL, 5),
    ('01936f6e-0000-7000-8000-000000000175', '01936f6e-0000-7000-8000-000000000107', 'Revoke notice', 'BUTTON', NULL, NULL, 'system:notice:revoke', NULL, 6)
) AS v (id, parent_id, name, type, path, component, permission, icon, sort);

INSERT INTO role_menus (role_id, menu_id)
SELECT '01936f6e-0000-7000-8000-000000000002'::uuid, m.id::uuid
FROM (VALUES ('01936f6e-0000-7000-8000-000000000107'), ('01936f6e-0000-7000-8000-000000000170'),
             ('01936f6e-0000-7000-8000-000000000171'), ('01936f6e-0000-7000-8000-000000000172'),
             ('01936f6e-0000-7000-8000-000000000173'), ('01936f6e-0000-7000-8000-000000000174'),
             ('01936f6e-0000-7000-8000-000000000175')) AS m (id);
