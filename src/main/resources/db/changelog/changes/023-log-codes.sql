--liquibase formatted sql

--changeset seatkeeper:023-log-codes
-- The logs store codes and their arguments instead of sentences, and each reader reads them in their own
-- language (docs/decisions/0029-log-codes-and-arguments.md). A coded row leaves the old words column empty;
-- rows written before keep their English words and are shown as they are. The row's signature covers the
-- new columns whenever they hold something, so older rows are signed exactly as before.
ALTER TABLE access_log
    MODIFY COLUMN reason VARCHAR(200) NULL,
    ADD COLUMN reason_code VARCHAR(100) NULL,
    ADD COLUMN reason_args VARCHAR(300) NULL;
ALTER TABLE admin_change_log
    MODIFY COLUMN what VARCHAR(200) NULL,
    ADD COLUMN what_code VARCHAR(60) NULL,
    ADD COLUMN what_args TEXT NULL;
--rollback ALTER TABLE admin_change_log DROP COLUMN what_args, DROP COLUMN what_code;
--rollback ALTER TABLE access_log DROP COLUMN reason_args, DROP COLUMN reason_code;
