-- How many live (not deleted) users each department has, per status, so that the total of a
-- scoped user listing is a sum over the departments in scope (tens of rows) instead of a count
-- of every user in them (thousands of index entries per page request).
--
-- Kept exact by statement-level triggers on users, in the same transaction as the change: every
-- insert, update (move, status change, soft delete, undelete) and hard delete adds its net
-- change per (department, status), so a reader sees the counters and the users of one snapshot.
-- Transition tables make a bulk insert (CSV import, a seed script's INSERT … SELECT) one upsert
-- per department, not one per user. Rows are upserted in key order, so two transactions that
-- change the same departments lock their counters in the same order and cannot deadlock on them;
-- a change whose net effect on a department is zero (an edit of a name) touches no counter.
CREATE TABLE user_dept_counts (
    dept_id uuid        NOT NULL,
    status  varchar(16) NOT NULL,
    live    bigint      NOT NULL,
    PRIMARY KEY (dept_id, status)
);

CREATE FUNCTION user_dept_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO user_dept_counts AS c (dept_id, status, live)
        SELECT dept_id, status, count(*) FROM new_rows WHERE deleted_at IS NULL
        GROUP BY dept_id, status ORDER BY dept_id, status
        ON CONFLICT (dept_id, status) DO UPDATE SET live = c.live + excluded.live;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO user_dept_counts AS c (dept_id, status, live)
        SELECT dept_id, status, sum(delta) FROM (
            SELECT dept_id, status, 1 AS delta FROM new_rows WHERE deleted_at IS NULL
            UNION ALL
            SELECT dept_id, status, -1 FROM old_rows WHERE deleted_at IS NULL) AS changes
        GROUP BY dept_id, status HAVING sum(delta) <> 0 ORDER BY dept_id, status
        ON CONFLICT (dept_id, status) DO UPDATE SET live = c.live + excluded.live;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO user_dept_counts AS c (dept_id, status, live)
        SELECT dept_id, status, -count(*) FROM old_rows WHERE deleted_at IS NULL
        GROUP BY dept_id, status ORDER BY dept_id, status
        ON CONFLICT (dept_id, status) DO UPDATE SET live = c.live + excluded.live;
    ELSE -- TRUNCATE
        DELETE FROM user_dept_counts;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER users_count_inserts AFTER INSERT ON users
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION user_dept_counts_add();
CREATE TRIGGER users_count_updates AFTER UPDATE ON users
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION user_dept_counts_add();
CREATE TRIGGER users_count_deletes AFTER DELETE ON users
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION user_dept_counts_add();
CREATE TRIGGER users_count_truncates AFTER TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION user_dept_counts_add();

-- The users already there. CREATE TRIGGER has locked users against writes until this migration
-- commits, so no change falls between this count and the triggers.
INSERT INTO user_dept_counts (dept_id, status, live)
SELECT dept_id, status, count(*) FROM users WHERE deleted_at IS NULL GROUP BY dept_id, status;
