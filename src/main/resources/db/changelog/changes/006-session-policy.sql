--liquibase formatted sql

--changeset seatkeeper:006-session-policy
CREATE TABLE session_policy (
    id                    INT         NOT NULL PRIMARY KEY,
    version               BIGINT      NOT NULL DEFAULT 0,
    stale_after_seconds   INT         NOT NULL,
    idle_timeout_seconds  INT         NOT NULL,
    auto_timeout_disabled BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_session_policy_single CHECK (id = 1),
    CONSTRAINT ck_session_policy_stale CHECK (stale_after_seconds >= 30),
    CONSTRAINT ck_session_policy_idle CHECK (idle_timeout_seconds >= 60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO session_policy (id, stale_after_seconds, idle_timeout_seconds, auto_timeout_disabled) VALUES (1, 90, 1800, FALSE);
--rollback DROP TABLE session_policy;
