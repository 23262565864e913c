--liquibase formatted sql

--changeset seatkeeper:002-licensed-module
CREATE TABLE licensed_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT uq_licensed_module_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO licensed_module (name) VALUES ('Cases'), ('Documents'), ('Training');
--rollback DROP TABLE licensed_module;

--changeset seatkeeper:002-licence-type
CREATE TABLE licence_type (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(100) NOT NULL,
    can_log_in  BOOLEAN      NOT NULL DEFAULT TRUE,
    free        BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_licence_type_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO licence_type (name, can_log_in, free, sort_order) VALUES
    ('Full', TRUE, FALSE, 10),
    ('Read-Train', TRUE, FALSE, 20),
    ('Train-Records-Only', FALSE, FALSE, 30),
    ('Read/Report', TRUE, FALSE, 40),
    ('Action', TRUE, FALSE, 50),
    ('Approval', TRUE, FALSE, 60),
    ('Administrator', TRUE, TRUE, 70),
    ('External auditor', TRUE, TRUE, 80);
--rollback DROP TABLE licence_type;

--changeset seatkeeper:002-profile
CREATE TABLE profile (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    name            VARCHAR(100) NOT NULL,
    licence_type_id BIGINT       NOT NULL,
    CONSTRAINT uq_profile_name UNIQUE (name),
    CONSTRAINT fk_profile_licence_type FOREIGN KEY (licence_type_id) REFERENCES licence_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE profile_module (
    profile_id  BIGINT NOT NULL,
    module_id   BIGINT NOT NULL,
    CONSTRAINT pk_profile_module PRIMARY KEY (profile_id, module_id),
    CONSTRAINT fk_profile_module_profile FOREIGN KEY (profile_id) REFERENCES profile (id) ON DELETE CASCADE,
    CONSTRAINT fk_profile_module_module FOREIGN KEY (module_id) REFERENCES licensed_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_profile_module_module ON profile_module (module_id);
--rollback DROP TABLE profile_module; DROP TABLE profile;

--changeset seatkeeper:002-business-area
CREATE TABLE business_area (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(100) NOT NULL,
    parent_id   BIGINT       NULL,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    parent_key  BIGINT       AS (COALESCE(parent_id, 0)) PERSISTENT,
    CONSTRAINT uq_business_area_name UNIQUE (parent_key, name),
    CONSTRAINT fk_business_area_parent FOREIGN KEY (parent_id) REFERENCES business_area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE business_area;

--changeset seatkeeper:002-job-position
CREATE TABLE job_position (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    title       VARCHAR(150) NOT NULL,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    ever_used   BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_job_position_title UNIQUE (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE job_position;

--changeset seatkeeper:002-named-pot
-- scope_key is 'ACTIVE_USERS', 'TYPE:<id>' or 'MODULE:<id>': one pot per scope.
CREATE TABLE named_pot (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    scope           VARCHAR(16) NOT NULL,
    scope_key       VARCHAR(40) NOT NULL,
    licence_type_id BIGINT      NULL,
    module_id       BIGINT      NULL,
    capacity        INT         NOT NULL,
    CONSTRAINT uq_named_pot_scope_key UNIQUE (scope_key),
    CONSTRAINT ck_named_pot_scope CHECK (scope IN ('ACTIVE_USERS', 'LICENCE_TYPE', 'MODULE')),
    CONSTRAINT ck_named_pot_capacity CHECK (capacity >= 0),
    CONSTRAINT fk_named_pot_licence_type FOREIGN KEY (licence_type_id) REFERENCES licence_type (id) ON DELETE CASCADE,
    CONSTRAINT fk_named_pot_module FOREIGN KEY (module_id) REFERENCES licensed_module (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO named_pot (scope, scope_key, capacity) VALUES ('ACTIVE_USERS', 'ACTIVE_USERS', 25);
INSERT INTO named_pot (scope, scope_key, licence_type_id, capacity)
    SELECT 'LICENCE_TYPE', CONCAT('TYPE:', id), id, 10 FROM licence_type WHERE free = FALSE;
INSERT INTO named_pot (scope, scope_key, module_id, capacity)
    SELECT 'MODULE', CONCAT('MODULE:', id), id, 10 FROM licensed_module;
--rollback DROP TABLE named_pot;

--changeset seatkeeper:002-concurrent-pool-capacity
CREATE TABLE concurrent_pool_capacity (
    kind        VARCHAR(16) NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    capacity    INT         NOT NULL,
    CONSTRAINT ck_concurrent_pool_kind CHECK (kind IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED')),
    CONSTRAINT ck_concurrent_pool_capacity CHECK (capacity >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO concurrent_pool_capacity (kind, capacity) VALUES ('FULL_ACCESS', 5), ('VIEW_ONLY', 5), ('RESERVED', 1);
--rollback DROP TABLE concurrent_pool_capacity;

--changeset seatkeeper:002-directory-setting
CREATE TABLE directory_setting (
    name        VARCHAR(50) NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    int_value   INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO directory_setting (name, int_value) VALUES ('ADMINISTRATOR_LIMIT', 5);
--rollback DROP TABLE directory_setting;

--changeset seatkeeper:002-app-user-directory
-- Usernames and emails are unique among users that are not deleted, so a deleted user's
-- username can be given to someone new while the deleted row keeps its name for history.
ALTER TABLE app_user
    DROP INDEX uq_app_user_username,
    DROP INDEX uq_app_user_email,
    ADD COLUMN profile_id       BIGINT      NULL,
    ADD COLUMN business_area_id BIGINT      NULL,
    ADD COLUMN position_id      BIGINT      NULL,
    ADD COLUMN concurrent_class VARCHAR(16) NOT NULL DEFAULT 'STANDARD',
    ADD COLUMN live_username    VARCHAR(100) AS (IF(deleted_at IS NULL, username, NULL)) PERSISTENT,
    ADD COLUMN live_email       VARCHAR(254) AS (IF(deleted_at IS NULL, email, NULL)) PERSISTENT,
    ADD CONSTRAINT uq_app_user_live_username UNIQUE (live_username),
    ADD CONSTRAINT uq_app_user_live_email UNIQUE (live_email),
    ADD CONSTRAINT uq_app_user_position UNIQUE (position_id),
    ADD CONSTRAINT ck_app_user_concurrent_class CHECK (concurrent_class IN ('STANDARD', 'VIEW_ONLY', 'RESERVED')),
    ADD CONSTRAINT fk_app_user_profile FOREIGN KEY (profile_id) REFERENCES profile (id),
    ADD CONSTRAINT fk_app_user_business_area FOREIGN KEY (business_area_id) REFERENCES business_area (id),
    ADD CONSTRAINT fk_app_user_position FOREIGN KEY (position_id) REFERENCES job_position (id);
CREATE INDEX ix_app_user_username ON app_user (username);
CREATE INDEX ix_app_user_last_name ON app_user (last_name, first_name);
CREATE INDEX ix_app_user_consumption ON app_user (deleted_at, active, role, profile_id);
CREATE INDEX ix_app_user_concurrent_class ON app_user (concurrent_class, deleted_at);
--rollback ALTER TABLE app_user DROP FOREIGN KEY fk_app_user_profile, DROP FOREIGN KEY fk_app_user_business_area, DROP FOREIGN KEY fk_app_user_position, DROP COLUMN live_email, DROP COLUMN live_username, DROP COLUMN concurrent_class, DROP COLUMN position_id, DROP COLUMN business_area_id, DROP COLUMN profile_id, ADD CONSTRAINT uq_app_user_username UNIQUE (username), ADD CONSTRAINT uq_app_user_email UNIQUE (email);
