--liquibase formatted sql

--changeset seatkeeper:025-usage-minute-over splitStatements:false rollbackSplitStatements:false
-- The running minute is now kept by the application's own UPDATEs of seat_pool, not by a trigger: MariaDB
-- charged about 20 µs of CPU per admission for running any trigger at all (docs/decisions/0015-usage-history.md).
-- Within the minute held, each UPDATE raises minute_peak in its own SET clause (sessions.RunningMinute) and
-- notes in @usage_held whether the minute was still held; when it was not, the same compound statement calls
-- this procedure, about once a minute per pool: it writes the minute held out as it stood before the change
-- just made (in_use less in_use_change, capacity_before when the change was the capacity) and starts the
-- new one from that figure, with the refusals the change counted. Called with refused NULL (the roll-up,
-- tests), it writes out a minute held from before over_before and starts none. Only one transaction at a
-- time holds the row, and the write is in that transaction: once, never twice; a rollback takes it back.
-- A row already there for the minute (written by 014's trigger, or by a backfill) is merged, as 022's
-- trigger did: the higher peak, both refusal counts, the earlier opening, the later closing and capacity.
CREATE OR REPLACE PROCEDURE usage_minute_over(IN changed_pool VARCHAR(16), IN in_use_change INT, IN capacity_before INT,
                                              IN refused INT, IN over_before DATETIME)
MODIFIES SQL DATA
BEGIN
    DECLARE locked VARCHAR(16);
    DECLARE this_minute DATETIME DEFAULT DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00');
    -- the row lock first (the change already holds it), so the INSERT ... SELECT's shared lock never has to be raised
    SELECT kind INTO locked FROM seat_pool WHERE kind = changed_pool FOR UPDATE;
    INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
    SELECT kind, minute_start, minute_peak, minute_opening, in_use - in_use_change, COALESCE(capacity_before, capacity),
           minute_denials
    FROM seat_pool WHERE kind = changed_pool AND minute_start < COALESCE(over_before, this_minute)
    ON DUPLICATE KEY UPDATE peak_in_use = GREATEST(usage_minute.peak_in_use, VALUES(peak_in_use)),
                            closing_in_use = VALUES(closing_in_use), capacity = VALUES(capacity),
                            denials = usage_minute.denials + VALUES(denials);
    UPDATE seat_pool
    SET minute_start = IF(refused IS NULL, NULL, this_minute), minute_opening = in_use - in_use_change,
        minute_peak = GREATEST(in_use - in_use_change, in_use), minute_denials = COALESCE(refused, 0)
    WHERE kind = changed_pool
      AND (minute_start < COALESCE(over_before, this_minute) OR (minute_start IS NULL AND refused IS NOT NULL));
END
--rollback DROP PROCEDURE IF EXISTS usage_minute_over;

--changeset seatkeeper:025-drop-usage-trigger
-- What the trigger and the refusal procedure did is in the application's statements and the procedure above
-- now. A minute held in a pool row when this runs stays held and is carried on by them. Rolling back does
-- not bring the trigger back: roll back 022 and update again.
DROP TRIGGER IF EXISTS seat_pool_usage;
DROP PROCEDURE IF EXISTS usage_record_denial;
--rollback SELECT 1;
