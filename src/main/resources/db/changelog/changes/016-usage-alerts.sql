--liquibase formatted sql

--changeset seatkeeper:016-alert-rule
-- The alert rules of each concurrent pool (docs/decisions/0017-usage-alerts.md): "at or above
-- high_use_percent of capacity for high_use_minutes minutes" and "any sign-in refused for want of a
-- seat", each on or off. One row per pool, seeded with the defaults; administrators change them.
CREATE TABLE alert_rule (
    pool              VARCHAR(16) NOT NULL,
    high_use_enabled  BOOLEAN     NOT NULL,
    high_use_percent  INT         NOT NULL,
    high_use_minutes  INT         NOT NULL,
    refusal_enabled   BOOLEAN     NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_alert_rule PRIMARY KEY (pool),
    CONSTRAINT ck_alert_rule_pool CHECK (pool IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED')),
    CONSTRAINT ck_alert_rule_percent CHECK (high_use_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_alert_rule_minutes CHECK (high_use_minutes BETWEEN 1 AND 1440)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO alert_rule (pool, high_use_enabled, high_use_percent, high_use_minutes, refusal_enabled) VALUES
    ('FULL_ACCESS', TRUE, 90, 5, TRUE),
    ('VIEW_ONLY', TRUE, 90, 5, TRUE),
    ('RESERVED', TRUE, 90, 5, TRUE);
--rollback DROP TABLE alert_rule;

--changeset seatkeeper:016-alert-destination
-- Where raised and cleared alerts are sent: an outgoing webhook (its body signed with the secret,
-- HMAC-SHA256) and email recipients. One row; empty means "not sent there". The secret must be kept
-- readable to sign with; it is never shown back.
CREATE TABLE alert_destination (
    id                INT           NOT NULL,
    webhook_url       VARCHAR(500)  NULL,
    webhook_secret    VARCHAR(200)  NULL,
    email_recipients  VARCHAR(1000) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_alert_destination PRIMARY KEY (id),
    CONSTRAINT ck_alert_destination_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO alert_destination (id) VALUES (1);
--rollback DROP TABLE alert_destination;

--changeset seatkeeper:016-alert-episode
-- One row per alert episode: from the moment a rule's condition was seen until it ended. open_key is 1
-- while the episode is open and NULL once cleared, so the unique key allows one open episode per pool
-- and kind however many nodes evaluate at once: the database, not the nodes, makes it once.
CREATE TABLE alert_episode (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    pool              VARCHAR(16)  NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    began_at          DATETIME     NOT NULL,
    raised_at         DATETIME     NOT NULL,
    cleared_at        DATETIME     NULL,
    in_use            INT          NOT NULL,
    capacity          INT          NOT NULL,
    refusals          INT          NOT NULL,
    percent           INT          NOT NULL,
    minutes           INT          NOT NULL,
    acknowledged_by   VARCHAR(100) NULL,
    acknowledged_at   DATETIME     NULL,
    open_key          TINYINT AS (IF(cleared_at IS NULL, 1, NULL)) PERSISTENT,
    CONSTRAINT pk_alert_episode PRIMARY KEY (id),
    CONSTRAINT uq_alert_episode_open UNIQUE (pool, kind, open_key),
    CONSTRAINT ck_alert_episode_pool CHECK (pool IN ('FULL_ACCESS', 'VIEW_ONLY', 'RESERVED')),
    CONSTRAINT ck_alert_episode_kind CHECK (kind IN ('HIGH_USE', 'REFUSAL')),
    INDEX ix_alert_episode_raised (raised_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE alert_episode;

--changeset seatkeeper:016-alert-delivery
-- A message about an episode (raised or cleared) to one destination, written in the transaction that
-- raised or cleared it, so it exists once. A node claims a due delivery with a conditional UPDATE
-- (claimed_until), sends it outside any transaction, and records the attempt; the body is stored so
-- every retry sends the same bytes with the same signature.
CREATE TABLE alert_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    episode_id       BIGINT        NOT NULL,
    event            VARCHAR(16)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    target           VARCHAR(1000) NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME      NULL,
    claimed_until    DATETIME      NULL,
    CONSTRAINT pk_alert_delivery PRIMARY KEY (id),
    CONSTRAINT fk_alert_delivery_episode FOREIGN KEY (episode_id) REFERENCES alert_episode (id),
    CONSTRAINT ck_alert_delivery_channel CHECK (channel IN ('WEBHOOK', 'EMAIL')),
    CONSTRAINT ck_alert_delivery_state CHECK (state IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    INDEX ix_alert_delivery_due (state, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE alert_delivery;

--changeset seatkeeper:016-alert-delivery-attempt
-- Every attempt to deliver: when, by which node, the HTTP status or the error, and when the next try
-- is due (NULL once delivered or given up).
CREATE TABLE alert_delivery_attempt (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id    BIGINT        NOT NULL,
    attempted_at   DATETIME      NOT NULL,
    node           VARCHAR(100)  NOT NULL,
    http_status    INT           NULL,
    error          VARCHAR(500)  NULL,
    next_retry_at  DATETIME      NULL,
    CONSTRAINT pk_alert_delivery_attempt PRIMARY KEY (id),
    CONSTRAINT fk_alert_delivery_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES alert_delivery (id),
    INDEX ix_alert_delivery_attempt_time (attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE alert_delivery_attempt;
