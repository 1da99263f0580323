-- The transactional outbox: the domain events of a change, written in the change's transaction
-- and published after it committed (unpublished rows: published_at IS NULL), in the order of seq
-- (UUIDv7 ids are not ordered within a millisecond); published rows are deleted after a retention
-- period.
CREATE TABLE outbox (
    seq          bigint       GENERATED ALWAYS AS IDENTITY,
    id           uuid         PRIMARY KEY,
    type         varchar(100) NOT NULL,
    subject      uuid         NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    published_at timestamptz
);

-- what the relay looks for on each poll: small, as rows leave it once published
CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL;
-- what the purge deletes
CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL;
