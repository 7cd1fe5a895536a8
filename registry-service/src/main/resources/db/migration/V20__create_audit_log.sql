-- The audit log: one row per change, hash-chained. Portable SQL (H2 2.x and PostgreSQL).
-- seq is the entry's place in the chain, handed out under the lock of audit_chain_head's one row; entry_hash is the
-- SHA-256 of the entry's canonical form, which includes prev_hash (the entry before's entry_hash; 64 zeros first).
CREATE TABLE audit_log (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    BIGINT       NOT NULL,
    principal      VARCHAR(255) NOT NULL,
    principal_kind VARCHAR(16)  NOT NULL,
    team           VARCHAR(255),
    operation      VARCHAR(64)  NOT NULL,
    target         VARCHAR(900),
    version        INTEGER,
    schema_id      INTEGER,
    before_json    VARCHAR,
    after_json     VARCHAR,
    request_id     VARCHAR(128),
    client_address VARCHAR(128),
    prev_hash      VARCHAR(64)  NOT NULL,
    entry_hash     VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_audit_log_target ON audit_log (target, seq);
CREATE INDEX ix_audit_log_principal ON audit_log (principal, seq);
CREATE INDEX ix_audit_log_operation ON audit_log (operation, seq);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);

-- The chain's head: the last entry's seq and hash. Appends lock this row, so entries from every instance form one chain;
-- verification also compares it with the last entry, so the newest entries cannot be dropped unseen.
CREATE TABLE audit_chain_head (
    id         INTEGER     NOT NULL PRIMARY KEY,
    seq        BIGINT      NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, seq, entry_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
