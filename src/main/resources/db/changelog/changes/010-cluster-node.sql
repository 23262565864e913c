--liquibase formatted sql

--changeset seatkeeper:010-cluster-node
-- Every node writes its name and the time here every few seconds. A node silent for longer than
-- the seat lease plus grace is gone, and so are the browser sessions it held in memory: any other
-- node then ends its portal sessions and frees their seats.
CREATE TABLE cluster_node (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP(3) NOT NULL,
    last_seen   TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE cluster_node;
