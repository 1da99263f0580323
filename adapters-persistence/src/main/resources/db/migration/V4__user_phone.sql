-- Users' phone numbers (optional).
ALTER TABLE users ADD COLUMN phone varchar(32);

-- Username prefix search ("ab%") ignoring case, among users that are not deleted.
CREATE INDEX users_username_prefix ON users (lower(username) text_pattern_ops) WHERE deleted_at IS NULL;
