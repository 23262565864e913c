--liquibase formatted sql

--changeset seatkeeper:001-app-user
CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NULL,
    username         VARCHAR(100) NULL,
    password_hash    VARCHAR(255) NULL,
    role             VARCHAR(16)  NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    valid_until      DATE         NULL,
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    deleted_at       TIMESTAMP(3) NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT ck_app_user_role CHECK (role IN ('USER', 'ADMIN', 'SUPPORT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE app_user;
