-- A scoped user listing (data scope = a set of departments) in the default order, newest first:
-- the page's ids come from this index alone (an index-only scan over the departments in scope),
-- so only the page's own rows are read from the table. The count uses users_dept.
CREATE INDEX users_dept_created_at_id ON users (dept_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
