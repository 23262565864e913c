--liquibase formatted sql

--changeset seatkeeper:005-access-log
CREATE TABLE access_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attempted_at  TIMESTAMP(3)  NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    ip            VARCHAR(45)   NULL,
    success       BOOLEAN       NOT NULL,
    reason        VARCHAR(200)  NOT NULL,
    browser       VARCHAR(500)  NULL,
    client        VARCHAR(100)  NOT NULL,
    INDEX ix_access_log_attempted_at (attempted_at),
    INDEX ix_access_log_username_attempted_at (username, attempted_at),
    INDEX ix_access_log_success_attempted_at (success, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE access_log;
