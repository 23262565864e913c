--liquibase formatted sql

--changeset seatkeeper:019-dates-past-2038
-- TIMESTAMP(3) ends at 2038-01-19 03:14:07 UTC, and an API client's last valid day is the administrator's
-- choice (docs/decisions/0024-settings-records-and-one-data-access-style.md). Every instant the application
-- writes becomes DATETIME(3) holding the UTC wall clock, like the usage, alert and lockout tables already
-- do: DATETIME is stored as written, with no conversion through the session's time zone, so a value reads
-- back as written on any server, daylight saving included, up to 9999-12-31.
-- MODIFY turns each TIMESTAMP into the wall clock the application's own sessions read from it (this runs on
-- the application's connection, so in the same session time zone): no value shifts.
-- cluster_node stays TIMESTAMP: only the database's own clock writes and compares it (CURRENT_TIMESTAMP).
ALTER TABLE api_client
    MODIFY created_at DATETIME(3) NOT NULL,
    MODIFY expires_at DATETIME(3) NULL,
    MODIFY revoked_at DATETIME(3) NULL;
ALTER TABLE app_user
    MODIFY created_at DATETIME(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    MODIFY deleted_at DATETIME(3) NULL;
ALTER TABLE user_session
    MODIFY login_time            DATETIME(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    MODIFY last_activity         DATETIME(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    MODIFY last_heartbeat        DATETIME(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)),
    MODIFY ended_at              DATETIME(3) NULL,
    MODIFY sign_out_requested_at DATETIME(3) NULL;
ALTER TABLE access_log
    MODIFY attempted_at DATETIME(3) NOT NULL;
ALTER TABLE admin_change_log
    MODIFY changed_at DATETIME(3) NOT NULL;
ALTER TABLE user_preference
    MODIFY updated_at DATETIME(3) NOT NULL;
--rollback ALTER TABLE api_client MODIFY created_at TIMESTAMP(3) NOT NULL, MODIFY expires_at TIMESTAMP(3) NULL, MODIFY revoked_at TIMESTAMP(3) NULL;
--rollback ALTER TABLE app_user MODIFY created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), MODIFY deleted_at TIMESTAMP(3) NULL;
--rollback ALTER TABLE user_session MODIFY login_time TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), MODIFY last_activity TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), MODIFY last_heartbeat TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), MODIFY ended_at TIMESTAMP(3) NULL, MODIFY sign_out_requested_at TIMESTAMP(3) NULL;
--rollback ALTER TABLE access_log MODIFY attempted_at TIMESTAMP(3) NOT NULL;
--rollback ALTER TABLE admin_change_log MODIFY changed_at TIMESTAMP(3) NOT NULL;
--rollback ALTER TABLE user_preference MODIFY updated_at TIMESTAMP(3) NOT NULL;
