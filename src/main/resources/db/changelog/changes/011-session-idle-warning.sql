--liquibase formatted sql

--changeset seatkeeper:011-session-idle-warning
-- How long before an idle timeout the user sees the countdown with "Stay signed in" (rule 11).
ALTER TABLE session_policy ADD COLUMN idle_warning_seconds INT NOT NULL DEFAULT 60;
ALTER TABLE session_policy ADD CONSTRAINT ck_session_policy_idle_warning CHECK (idle_warning_seconds >= 10);
--rollback ALTER TABLE session_policy DROP CONSTRAINT ck_session_policy_idle_warning;
--rollback ALTER TABLE session_policy DROP COLUMN idle_warning_seconds;
