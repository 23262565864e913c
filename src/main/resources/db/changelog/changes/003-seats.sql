--liquibase formatted sql

--changeset seatkeeper:003-seat-pool
-- One row per concurrent pool. Seats are taken and released only by single conditional UPDATEs
-- (docs/decisions/0004-atomic-seat-allocation.md); the CHECKs are a last line of defence.
-- A fresh installation has bought nothing yet: support sets the capacities.
CREATE TABLE seat_pool (
    kind      VARCHAR(16) NOT NULL PRIMARY KEY,
    capacity  INT         NOT NULL DEFAULT 0,
    in_use    INT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_seat_pool_kind CHECK (kind IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED')),
    CONSTRAINT ck_seat_pool_capacity CHECK (capacity >= 0),
    CONSTRAINT ck_seat_pool_in_use CHECK (in_use >= 0 AND in_use <= capacity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO seat_pool (kind, capacity, in_use) VALUES ('FULL_ACCESS', 0, 0), ('VIEW_ONLY', 0, 0), ('RESERVED', 0, 0);
--rollback DROP TABLE seat_pool;

--changeset seatkeeper:003-user-session
-- Every session ever opened, kept as history: username and display name are copied so the record
-- survives the user's deletion (rule 4), so there is deliberately no foreign key to app_user.
-- open_user_id is user_id while the session is open and NULL once ended; its unique key makes
-- "one open session per account" (rule 9) hold even for two simultaneous sign-ins on two nodes.
CREATE TABLE user_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    user_id         BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(201) NOT NULL,
    seat_kind       VARCHAR(16)  NOT NULL,
    client          VARCHAR(100) NOT NULL,
    ip              VARCHAR(45)  NULL,
    browser         VARCHAR(255) NULL,
    node            VARCHAR(100) NULL,
    login_time      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_activity   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_heartbeat  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ended_at        TIMESTAMP(3) NULL,
    end_reason      VARCHAR(32)  NULL,
    sign_out_requested_at TIMESTAMP(3) NULL,
    open_user_id    BIGINT AS (CASE WHEN ended_at IS NULL THEN user_id END) PERSISTENT,
    CONSTRAINT uq_user_session_open_user UNIQUE (open_user_id),
    CONSTRAINT ck_user_session_seat CHECK (seat_kind IN ('FULL', 'VIEW_ONLY', 'OVERFLOW', 'RESERVED', 'EXEMPT')),
    CONSTRAINT ck_user_session_end CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    INDEX ix_user_session_user (user_id, login_time),
    INDEX ix_user_session_ended (ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE user_session;
