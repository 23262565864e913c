--liquibase formatted sql

--changeset seatkeeper:017-sign-in-protection
-- The brute-force settings (docs/decisions/0018-brute-force-protection.md), one row shared by every node.
CREATE TABLE sign_in_protection (
    id                      INT     NOT NULL PRIMARY KEY,
    version                 BIGINT  NOT NULL DEFAULT 0,
    account_failures        INT     NOT NULL,
    first_wait_seconds      INT     NOT NULL,
    longest_wait_seconds    INT     NOT NULL,
    forget_after_minutes    INT     NOT NULL,
    address_failures        INT     NOT NULL,
    address_window_minutes  INT     NOT NULL,
    address_wait_seconds    INT     NOT NULL,
    CONSTRAINT ck_sign_in_protection_single CHECK (id = 1),
    CONSTRAINT ck_sign_in_protection_positive CHECK (account_failures > 0 AND first_wait_seconds > 0
        AND longest_wait_seconds >= first_wait_seconds AND forget_after_minutes > 0 AND address_failures > 0
        AND address_window_minutes > 0 AND address_wait_seconds > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO sign_in_protection (id, account_failures, first_wait_seconds, longest_wait_seconds, forget_after_minutes,
                                address_failures, address_window_minutes, address_wait_seconds)
VALUES (1, 5, 60, 900, 720, 30, 10, 300);
--rollback DROP TABLE sign_in_protection;

--changeset seatkeeper:017-sign-in-account-failure
-- Failed sign-ins in a row per username, whether or not an account has that name (so a refusal never tells
-- which names exist). Counted by one conditional upsert under the row's lock; a success deletes the row.
CREATE TABLE sign_in_account_failure (
    username         VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  DATETIME(3)  NOT NULL,
    locked_until     DATETIME(3)  NULL,
    INDEX ix_sign_in_account_failure_locked_until (locked_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE sign_in_account_failure;

--changeset seatkeeper:017-sign-in-address-failure
-- Failed sign-ins per client address within a window, across all usernames. DATETIME rather than TIMESTAMP:
-- a UTC wall clock written by the application's clock, never updated by the server on its own.
CREATE TABLE sign_in_address_failure (
    ip            VARCHAR(45)  NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  DATETIME(3)  NOT NULL,
    paused_until  DATETIME(3)  NULL,
    INDEX ix_sign_in_address_failure_paused_until (paused_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE sign_in_address_failure;
