--liquibase formatted sql

--changeset seatkeeper:014-usage-minute
-- One row per pool and minute in which its figures changed or a sign-in was refused for want of a seat,
-- written by the triggers below (docs/decisions/0015-usage-history.md). A minute without a row had no
-- change: its peak is the closing figure of the row before. Minutes are the database's UTC clock, so
-- every node agrees on them. opening_in_use is the figure the minute started with, closing_in_use the
-- one it ended with (so far); the peak is the highest in between, however briefly it lasted.
CREATE TABLE usage_minute (
    pool            VARCHAR(16) NOT NULL,
    minute_start    DATETIME    NOT NULL,
    peak_in_use     INT         NOT NULL,
    opening_in_use  INT         NOT NULL,
    closing_in_use  INT         NOT NULL,
    capacity        INT         NOT NULL,
    denials         INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_usage_minute PRIMARY KEY (pool, minute_start),
    CONSTRAINT ck_usage_minute_pool CHECK (pool IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE usage_minute;

--changeset seatkeeper:014-usage-hour
-- Minutes older than the minute retention, rolled up: the hour's peak, the average of its 60 minutes'
-- peaks, how many of them were at capacity, its refusals, and the figures it opened and closed with
-- (for hours without a row, filled like minutes).
CREATE TABLE usage_hour (
    pool                 VARCHAR(16)  NOT NULL,
    hour_start           DATETIME     NOT NULL,
    peak_in_use          INT          NOT NULL,
    average_in_use       DECIMAL(9,3) NOT NULL,
    minutes_at_capacity  INT          NOT NULL,
    denials              INT          NOT NULL,
    opening_in_use       INT          NOT NULL,
    closing_in_use       INT          NOT NULL,
    capacity             INT          NOT NULL,
    CONSTRAINT pk_usage_hour PRIMARY KEY (pool, hour_start),
    CONSTRAINT ck_usage_hour_pool CHECK (pool IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE usage_hour;

--changeset seatkeeper:014-pot-usage-day
-- Each named pot's consumption and capacity per day: the highest consumption seen that day (hourly and
-- at every capacity change) and the capacity last seen. The pot's name is copied so the history
-- outlives a deleted module; no foreign key on purpose.
CREATE TABLE pot_usage_day (
    pot_id       BIGINT       NOT NULL,
    day          DATE         NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    pot_name     VARCHAR(150) NOT NULL,
    consumption  INT          NOT NULL,
    capacity     INT          NOT NULL,
    CONSTRAINT pk_pot_usage_day PRIMARY KEY (pot_id, day),
    INDEX ix_pot_usage_day_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE pot_usage_day;
