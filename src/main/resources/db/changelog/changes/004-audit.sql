--liquibase formatted sql

--changeset seatkeeper:004-admin-change-log
CREATE TABLE admin_change_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    changed_at   TIMESTAMP(3)  NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    what         VARCHAR(200)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    before_state TEXT          NULL,
    after_state  TEXT          NULL,
    INDEX ix_admin_change_log_changed_at (changed_at),
    INDEX ix_admin_change_log_actor_changed_at (actor, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE admin_change_log;
