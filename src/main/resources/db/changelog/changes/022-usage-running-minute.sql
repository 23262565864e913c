--liquibase formatted sql

--changeset seatkeeper:022-seat-pool-running-minute
-- The minute a pool last changed in, counted in the pool's own row (docs/decisions/0015-usage-history.md):
-- the admission's UPDATE of seat_pool already writes this row, so keeping the minute's peak here writes no
-- second row, where 014's trigger upserted usage_minute in every admission. minute_start is that minute
-- (UTC, NULL when none is held), minute_opening the figure it started with, minute_peak the highest
-- in_use since, minute_denials the sign-ins refused for want of a seat in it; its closing figure and
-- capacity are the row's own in_use and capacity. The minute is written to usage_minute when it is over:
-- by the pool's first change in a later minute, or when the roll-up clears minute_start.
ALTER TABLE seat_pool
    ADD COLUMN minute_start   DATETIME NULL,
    ADD COLUMN minute_opening INT      NOT NULL DEFAULT 0,
    ADD COLUMN minute_peak    INT      NOT NULL DEFAULT 0,
    ADD COLUMN minute_denials INT      NOT NULL DEFAULT 0;
--rollback ALTER TABLE seat_pool DROP COLUMN minute_start, DROP COLUMN minute_opening, DROP COLUMN minute_peak, DROP COLUMN minute_denials;

--changeset seatkeeper:022-usage-seat-pool-trigger splitStatements:false rollbackSplitStatements:false
-- Replaces 014's AFTER trigger. Inside the statement that changes the pool row, under its lock: within the
-- minute held, only the peak rises (the path every admission takes: one comparison, one assignment, no
-- variable, as any more costs CPU in every admission); the pool's first change of a later minute writes the
-- minute held to usage_minute and starts the new one from the figure before the change (so a release
-- early in a minute still shows the seats held until then). Clearing minute_start (the roll-up) writes the
-- minute held and starts none. Only one transaction at a time holds the row, so a minute is written once; it is written in the
-- transaction that ends it, so a rollback takes the write back with the change. A row already there for
-- the minute (written by 014's trigger before this changeset, or by a backfill) is merged, not replaced.
CREATE OR REPLACE TRIGGER seat_pool_usage BEFORE UPDATE ON seat_pool FOR EACH ROW
BEGIN
    IF NEW.minute_start > UTC_TIMESTAMP() - INTERVAL 1 MINUTE THEN
        SET NEW.minute_peak = GREATEST(NEW.minute_peak, NEW.in_use);
    ELSEIF (OLD.minute_start IS NOT NULL AND NEW.minute_start IS NULL) OR NEW.in_use <> OLD.in_use
        OR NEW.capacity <> OLD.capacity OR NEW.minute_denials <> OLD.minute_denials THEN
        IF OLD.minute_start IS NOT NULL THEN
            INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
            VALUES (OLD.kind, OLD.minute_start, OLD.minute_peak, OLD.minute_opening, OLD.in_use, OLD.capacity,
                    OLD.minute_denials)
            ON DUPLICATE KEY UPDATE peak_in_use = GREATEST(peak_in_use, VALUES(peak_in_use)),
                                    closing_in_use = VALUES(closing_in_use), capacity = VALUES(capacity),
                                    denials = denials + VALUES(denials);
        END IF;
        IF OLD.minute_start IS NULL OR NEW.minute_start IS NOT NULL THEN
            SET NEW.minute_start = DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00'), NEW.minute_opening = OLD.in_use,
                NEW.minute_peak = GREATEST(OLD.in_use, NEW.in_use),
                NEW.minute_denials = NEW.minute_denials - OLD.minute_denials;
        END IF;
    END IF;
END
--rollback CREATE OR REPLACE TRIGGER seat_pool_usage AFTER UPDATE ON seat_pool FOR EACH ROW
--rollback BEGIN
--rollback     IF NEW.in_use <> OLD.in_use OR NEW.capacity <> OLD.capacity THEN
--rollback         INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
--rollback         VALUES (NEW.kind, DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00'), GREATEST(OLD.in_use, NEW.in_use),
--rollback                 OLD.in_use, NEW.in_use, NEW.capacity, 0)
--rollback         ON DUPLICATE KEY UPDATE peak_in_use = GREATEST(peak_in_use, NEW.in_use), closing_in_use = NEW.in_use,
--rollback                                 capacity = NEW.capacity;
--rollback     END IF;
--rollback END

--changeset seatkeeper:022-usage-record-denial splitStatements:false rollbackSplitStatements:false
-- A sign-in refused for want of a seat on this pool, called by the admission's own compound statement right
-- after its rollback (SeatPools), counted in the pool's row like its peak; the trigger above starts a new
-- minute first when the minute held is over.
CREATE OR REPLACE PROCEDURE usage_record_denial(IN refused_pool VARCHAR(16))
MODIFIES SQL DATA
BEGIN
    UPDATE seat_pool SET minute_denials = minute_denials + 1 WHERE kind = refused_pool;
END
--rollback CREATE OR REPLACE PROCEDURE usage_record_denial(IN refused_pool VARCHAR(16))
--rollback MODIFIES SQL DATA
--rollback BEGIN
--rollback     DECLARE current_in_use INT DEFAULT 0;
--rollback     DECLARE current_capacity INT DEFAULT 0;
--rollback     SELECT in_use, capacity INTO current_in_use, current_capacity FROM seat_pool WHERE kind = refused_pool;
--rollback     INSERT INTO usage_minute (pool, minute_start, peak_in_use, opening_in_use, closing_in_use, capacity, denials)
--rollback     VALUES (refused_pool, DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00'), current_in_use, current_in_use,
--rollback             current_in_use, current_capacity, 1)
--rollback     ON DUPLICATE KEY UPDATE denials = denials + 1;
--rollback END
