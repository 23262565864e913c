--liquibase formatted sql

--changeset seatkeeper:021-user-language-and-zone
-- Each person's language and time zone, chosen in My account; empty until they choose (the browser's
-- are used until then). Appearance gets a default so a row can be made for a language choice alone.
ALTER TABLE user_preference
    MODIFY appearance VARCHAR(20) NOT NULL DEFAULT 'LIGHT',
    ADD COLUMN language  VARCHAR(8)  NULL,
    ADD COLUMN time_zone VARCHAR(64) NULL;
--rollback ALTER TABLE user_preference DROP COLUMN time_zone, DROP COLUMN language, MODIFY appearance VARCHAR(20) NOT NULL;
