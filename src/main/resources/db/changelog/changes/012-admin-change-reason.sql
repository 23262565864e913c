--liquibase formatted sql

--changeset seatkeeper:012-admin-change-reason
-- The reason of a capacity change in its own column, no longer glued onto the state before.
ALTER TABLE admin_change_log ADD COLUMN reason VARCHAR(1000) NULL;
--rollback ALTER TABLE admin_change_log DROP COLUMN reason;
