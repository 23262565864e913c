--liquibase formatted sql

--changeset seatkeeper:008-session-open-tabs
-- How many browser tabs of a portal session sent the last heartbeat (NULL for API clients).
ALTER TABLE user_session ADD COLUMN open_tabs INT NULL;
--rollback ALTER TABLE user_session DROP COLUMN open_tabs;
