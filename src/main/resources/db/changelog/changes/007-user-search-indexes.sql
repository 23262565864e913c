--liquibase formatted sql

--changeset seatkeeper:007-user-search-indexes
-- The users grid on 100,000 users (docs/decisions/0007-users-grid-query.md): the default sort pages
-- through this covering index; word-prefix search uses one index per searched column.
CREATE INDEX ix_app_user_list_by_name ON app_user (deleted_at, last_name, first_name, id);
CREATE INDEX ix_app_user_first_name ON app_user (first_name);
CREATE INDEX ix_app_user_email ON app_user (email);
--rollback DROP INDEX ix_app_user_email ON app_user; DROP INDEX ix_app_user_first_name ON app_user; DROP INDEX ix_app_user_list_by_name ON app_user;
