-- Users in creation order (the default listing order, and an export's keyset "after this user"),
-- among users that are not deleted: a slice or a page then starts where it should without sorting
-- the whole table. Username order already has users_username_key.
CREATE INDEX users_created_at_id ON users (created_at, id) WHERE deleted_at IS NULL;
