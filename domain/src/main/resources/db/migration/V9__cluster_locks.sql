-- Rows that the instances sharing this database lock (SELECT ... FOR UPDATE, the same on H2 and PostgreSQL) around
-- work that must happen once in the whole cluster: the lock is held until the locking transaction ends, so an
-- instance that comes second waits, then finds the work done.
CREATE TABLE cluster_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY
);

-- Filling an empty database at first start (the first administrator, or the demo story).
INSERT INTO cluster_lock (name) VALUES ('first-start');
