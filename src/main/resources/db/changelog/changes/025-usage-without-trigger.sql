--liquibase formatted sql

--changeset seatkeeper:025-seat-pool-ended-minute
-- The running minute is now kept by the application's own UPDATEs of seat_pool (sessions.RunningMinute, the
-- same assignments in the SET clause of each), no longer by a trigger: MariaDB charged about 20 µs of CPU per
-- admission for running any trigger at all (docs/decisions/0015-usage-history.md). When an UPDATE finds the
-- minute held over, it moves it into these columns and starts the new one; the same compound statement then
-- writes them to usage_minute (usage_write_out, below) and clears ended_start, in the same transaction, so
-- outside a statement ended_start is always NULL. A minute held in the row when this runs keeps going.
ALTER TABLE seat_pool
    ADD COLUMN ended_start    DATETIME NULL,
    ADD COLUMN ended_opening  INT      NOT NULL DEFAULT 0,
    ADD COLUMN ended_peak     INT      NOT NULL DEFAULT 0,
    ADD COLUMN ended_closing  INT      NOT NULL DEFAULT 0,
    ADD COLUMN ended_capacity INT      NOT NULL DEFAULT 0,
    ADD COLUMN ended_denials  INT      NOT NULL DEFAULT 0;
--rollback ALTER TABLE seat_pool DROP COLUMN ended_start, DROP COLUMN ended_opening, DROP COLUMN ended_peak, DROP COLUMN ended_closing, DROP COLUMN ended_capacity, DROP COLUMN ended_denials;

--changeset seatkeeper:025-usage-write-out splitStatements:false rollbackSplitStatements:false
-- Writes the minute an UPDATE of this pool has just ended (the ended_* columns) to usage_minute and clears it.
-- Called only when that UPDATE found the minute over (about once a minute per pool), under the row lock the
-- UPDATE took, by its primary key only (another pool's row is never locked here). A row already there for
-- the minute (written by 014's trigger, or by a backfill) is merged, as 022's trigger did: the higher peak,
-- both refusal counts, the earlier opening, the later closing and capacity.
CREATE OR REPLACE PROCEDURE usage_write_out(IN ended_pool VARCHAR(16))
MODIFIES SQL DATA
BEGIN
    INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
    SELECT kind, ended_start, ended_peak, ended_opening, ended_closing, ended_capacity, ended_denials
    FROM seat_pool WHERE kind = ended_pool AND ended_start IS NOT NULL
    ON DUPLICATE KEY UPDATE peak_in_use = GREATEST(usage_minute.peak_in_use, VALUES(peak_in_use)),
                            closing_in_use = VALUES(closing_in_use), capacity = VALUES(capacity),
                            denials = usage_minute.denials + VALUES(denials);
    UPDATE seat_pool SET ended_start = NULL WHERE kind = ended_pool AND ended_start IS NOT NULL;
    SET @usage_held = NULL;
END
--rollback DROP PROCEDURE IF EXISTS usage_write_out;

--changeset seatkeeper:025-drop-usage-trigger
-- What the trigger and the refusal procedure did is in the application's statements now.
DROP TRIGGER IF EXISTS seat_pool_usage;
DROP PROCEDURE IF EXISTS usage_record_denial;
--rollback SELECT 1;
