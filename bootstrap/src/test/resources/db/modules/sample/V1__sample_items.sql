-- The sample module's own table (test sources only); version 1 of its own history, not the core's.
CREATE TABLE sample_items (
    name varchar(64) PRIMARY KEY
);
INSERT INTO sample_items (name) VALUES ('first'), ('second');
