--liquibase formatted sql

--changeset seatkeeper:011-user-preference
-- Each person's own choices (appearance today), per account so they follow the person to any browser.
CREATE TABLE user_preference (
    user_id     BIGINT       NOT NULL PRIMARY KEY,
    appearance  VARCHAR(20)  NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_user_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE user_preference;
