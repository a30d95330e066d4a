-- The editions of each period (SPEC §8): one row per published result, numbered from 1. Replaces the single
-- "completed" row per period; a period published by an earlier version becomes its edition 1, provisional (the
-- first launch after its deadline then publishes its final edition). Every statement can run again.
CREATE TABLE IF NOT EXISTS dx_edition (
    period             VARCHAR(7)   NOT NULL,
    edition            INT          NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    published_at       TIMESTAMP    NOT NULL,
    job_execution_id   BIGINT       NOT NULL,
    inputs_fingerprint VARCHAR(64)  NOT NULL,
    files_used         BIGINT       NOT NULL,
    manifest_sha256    VARCHAR(64)  NOT NULL,
    catalogue_version  VARCHAR(100) NOT NULL,
    catalogue_sha256   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (period, edition)
);

INSERT INTO dx_edition (period, edition, status, published_at, job_execution_id, inputs_fingerprint, files_used,
        manifest_sha256, catalogue_version, catalogue_sha256)
    SELECT s.period, 1, 'provisional', s.completed_at, s.job_execution_id, '', 0, '', s.catalogue_version,
            s.catalogue_sha256
    FROM dx_period_status s
    WHERE NOT EXISTS (SELECT 1 FROM dx_edition e WHERE e.period = s.period);

DROP TABLE IF EXISTS dx_period_status;
