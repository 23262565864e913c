--liquibase formatted sql

--changeset seatkeeper:009-api-client
-- Connected applications that take seats through the API. The token is shown once at registration
-- and stored only as its SHA-256 (a 256-bit random token needs no slow hash: nothing to brute-force);
-- token_hint keeps its first characters so administrators can tell tokens apart.
CREATE TABLE api_client (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(500) NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_hint   VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMP(3) NULL,
    revoked_at   TIMESTAMP(3) NULL,
    revoked_by   VARCHAR(100) NULL,
    CONSTRAINT uq_api_client_name UNIQUE (name),
    CONSTRAINT uq_api_client_token UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE api_client;

--changeset seatkeeper:009-leased-session
-- A session opened through the seat API holds its seat on a lease: live while heartbeats arrive
-- within lease_seconds, reclaimed once none has for reclaim_after_seconds (lease plus grace). Both
-- are copied onto the row at admission so every node judges the session alike.
ALTER TABLE user_session
    ADD COLUMN api_client_id          BIGINT       NULL,
    ADD COLUMN client_reference       VARCHAR(200) NULL,
    ADD COLUMN lease_seconds          INT          NULL,
    ADD COLUMN reclaim_after_seconds  INT          NULL,
    ADD CONSTRAINT ck_user_session_lease CHECK ((api_client_id IS NULL) = (lease_seconds IS NULL)
        AND (lease_seconds IS NULL) = (reclaim_after_seconds IS NULL)
        AND (lease_seconds IS NULL OR (lease_seconds > 0 AND reclaim_after_seconds >= lease_seconds)));
--rollback ALTER TABLE user_session DROP CONSTRAINT ck_user_session_lease, DROP COLUMN api_client_id, DROP COLUMN client_reference, DROP COLUMN lease_seconds, DROP COLUMN reclaim_after_seconds;
