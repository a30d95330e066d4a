-- Delivery by e-mail (SPEC §9). The outbox holds every message ever planned, rendered once (RFC 5322, 7-bit: every
-- part is quoted-printable or base64), so a retry sends the same bytes with the same Message-ID even after a later
-- edition has replaced the published files. Every statement can run again.
CREATE TABLE IF NOT EXISTS dx_outbox (
    message_key      VARCHAR(400)  NOT NULL,
    message_id       VARCHAR(200)  NOT NULL,
    period           VARCHAR(7)    NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    unit_code        VARCHAR(20)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    edition          INT           NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL,
    last_reply       VARCHAR(500),
    planned_at       TIMESTAMP     NOT NULL,
    sent_at          TIMESTAMP,
    job_execution_id BIGINT,
    size_bytes       BIGINT        NOT NULL,
    source           TEXT          NOT NULL,
    PRIMARY KEY (message_key)
);

CREATE INDEX IF NOT EXISTS dx_outbox_status ON dx_outbox (status, planned_at);

-- The files a receipt has already told their sender about, so each is told once: by name and content.
CREATE TABLE IF NOT EXISTS dx_receipted_file (
    period    VARCHAR(7)   NOT NULL,
    file_name VARCHAR(300) NOT NULL,
    content   VARCHAR(100) NOT NULL,
    PRIMARY KEY (period, file_name, content)
);
