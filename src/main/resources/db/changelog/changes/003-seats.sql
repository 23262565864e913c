--liquibase formatted sql

--changeset seatkeeper:003-seat-pool
-- One row per concurrent pool. Seats are taken and released only by single conditional UPDATEs
-- (docs/decisions/0004-atomic-seat-allocation.md); the CHECKs are a last line of defence.
-- A fresh installation has bought nothing yet: support sets the capacities.
CREATE TABLE seat_pool (
    kind      VARCHAR(16) NOT NULL PRIMARY KEY,
    capacity  INT         NOT NULL DEFAULT 0,
    in_use    INT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_seat_pool_kind CHECK (kind IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED')),
    CONSTRAINT ck_seat_pool_capacity CHECK (capacity >= 0),
    CONSTRAINT ck_seat_pool_in_use CHECK (in_use >= 0 AND in_use <= capacity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO seat_pool (kind, capacity, in_use) VALUES ('FULL_ACCESS', 0, 0), ('VIEW_ONLY', 0, 0), ('RESERVED', 0, 0);
--rollback DROP TABLE seat_pool;
