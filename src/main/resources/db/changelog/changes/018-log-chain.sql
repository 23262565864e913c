--liquibase formatted sql

--changeset seatkeeper:018-log-chain
-- Tamper-evident logs (docs/decisions/0020-tamper-evident-logs.md): each row carries a signature of its
-- own content, written with the row, and its place in a hash chain, written by the sealer soon after.
ALTER TABLE access_log
    ADD COLUMN row_mac    CHAR(64) NULL,
    ADD COLUMN chain_seq  BIGINT   NULL,
    ADD COLUMN chain_hash CHAR(64) NULL,
    ADD CONSTRAINT uq_access_log_chain_seq UNIQUE (chain_seq);
ALTER TABLE admin_change_log
    ADD COLUMN row_mac    CHAR(64) NULL,
    ADD COLUMN chain_seq  BIGINT   NULL,
    ADD COLUMN chain_hash CHAR(64) NULL,
    ADD CONSTRAINT uq_admin_change_log_chain_seq UNIQUE (chain_seq);
CREATE TABLE log_chain (
    log_name      VARCHAR(20) NOT NULL PRIMARY KEY,
    last_seq      BIGINT      NOT NULL DEFAULT 0,
    last_hash     CHAR(64)    NOT NULL,
    legacy_signed BOOLEAN     NOT NULL DEFAULT FALSE,
    key_check     CHAR(64)    NULL
);
INSERT INTO log_chain (log_name, last_hash) VALUES
    ('access', '0000000000000000000000000000000000000000000000000000000000000000'),
    ('administration', '0000000000000000000000000000000000000000000000000000000000000000');
--rollback DROP TABLE log_chain;
--rollback ALTER TABLE admin_change_log DROP CONSTRAINT uq_admin_change_log_chain_seq, DROP COLUMN chain_hash, DROP COLUMN chain_seq, DROP COLUMN row_mac;
--rollback ALTER TABLE access_log DROP CONSTRAINT uq_access_log_chain_seq, DROP COLUMN chain_hash, DROP COLUMN chain_seq, DROP COLUMN row_mac;
