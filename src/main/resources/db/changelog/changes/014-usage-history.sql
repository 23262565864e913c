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

--changeset seatkeeper:014-usage-seat-pool-trigger splitStatements:false
-- Every change of a pool row (a seat taken or given back, a capacity changed) notes its minute, inside
-- the statement that made it: no extra round trip, no sampling, and a seat held for one second between
-- two samples still raises the minute's peak. The first change of a minute opens its row with the
-- figure before the change, so a release early in a minute still shows the seats held until then.
CREATE TRIGGER seat_pool_usage AFTER UPDATE ON seat_pool FOR EACH ROW
BEGIN
    IF NEW.in_use <> OLD.in_use OR NEW.capacity <> OLD.capacity THEN
        INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
        VALUES (NEW.kind, DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00'), GREATEST(OLD.in_use, NEW.in_use),
                OLD.in_use, NEW.in_use, NEW.capacity, 0)
        ON DUPLICATE KEY UPDATE peak_in_use = GREATEST(peak_in_use, NEW.in_use), closing_in_use = NEW.in_use,
                                capacity = NEW.capacity;
    END IF;
END
--rollback DROP TRIGGER seat_pool_usage;

--changeset seatkeeper:014-usage-record-denial splitStatements:false
-- A sign-in refused for want of a seat on this pool, called by the admission's own compound statement
-- right after it rolled back (SeatPools): the pool is the one the applicant's class asks for first, known
-- exactly there. The pool's figures are read without locking its row.
CREATE PROCEDURE usage_record_denial(IN refused_pool VARCHAR(16))
MODIFIES SQL DATA
BEGIN
    DECLARE current_in_use INT DEFAULT 0;
    DECLARE current_capacity INT DEFAULT 0;
    SELECT in_use, capacity INTO current_in_use, current_capacity FROM seat_pool WHERE kind = refused_pool;
    INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
    VALUES (refused_pool, DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00'), current_in_use, current_in_use,
            current_in_use, current_capacity, 1)
    ON DUPLICATE KEY UPDATE denials = denials + 1;
END
--rollback DROP PROCEDURE usage_record_denial;
