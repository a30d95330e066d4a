-- Staging and results of dx-scorecard, all keyed by period: a step that runs again deletes its own rows of the
-- period first, so a restart or a rerun replaces work instead of adding to it.
-- Decimal values are stored as their exact plain text: scores are computed with 34-digit decimals (SPEC §5) and
-- a fixed-scale column would round them before the end.

CREATE TABLE IF NOT EXISTS dx_period_unit (
    period      VARCHAR(7)   NOT NULL,
    unit_code   VARCHAR(16)  NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    valid_from  DATE         NOT NULL,
    PRIMARY KEY (period, unit_code)
);

CREATE TABLE IF NOT EXISTS dx_file (
    period        VARCHAR(7)    NOT NULL,
    seq           INT           NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    unit_code     VARCHAR(16),
    revision      INT,
    sha256        VARCHAR(64),
    status        VARCHAR(12)   NOT NULL,
    delimiter     VARCHAR(1)    NOT NULL,
    rows_read     BIGINT        NOT NULL,
    rows_accepted BIGINT        NOT NULL,
    rows_rejected BIGINT        NOT NULL,
    message_vi    VARCHAR(2000) NOT NULL,
    message_en    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (period, file_name)
);

CREATE TABLE IF NOT EXISTS dx_raw_row (
    period          VARCHAR(7)    NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    record_no       BIGINT        NOT NULL,
    line_no         BIGINT        NOT NULL,
    file_unit_code  VARCHAR(16)   NOT NULL,
    delimiter       VARCHAR(1)    NOT NULL,
    unit_code       VARCHAR(1000),
    period_text     VARCHAR(1000),
    indicator_code  VARCHAR(1000),
    value_text      VARCHAR(1000),
    field_count     INT           NOT NULL,
    header_size     INT           NOT NULL,
    PRIMARY KEY (period, file_name, record_no)
);

CREATE TABLE IF NOT EXISTS dx_rejection (
    period      VARCHAR(7)    NOT NULL,
    stage       VARCHAR(10)   NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    unit_code   VARCHAR(16),
    line_no     BIGINT,
    record_no   BIGINT,
    column_name VARCHAR(64),
    value_text  VARCHAR(100),
    error_code  VARCHAR(40)   NOT NULL,
    message_vi  VARCHAR(2000) NOT NULL,
    message_en  VARCHAR(2000) NOT NULL
);
CREATE INDEX IF NOT EXISTS dx_rejection_period ON dx_rejection (period, stage);

CREATE TABLE IF NOT EXISTS dx_value (
    period         VARCHAR(7)   NOT NULL,
    unit_code      VARCHAR(16)  NOT NULL,
    indicator_code VARCHAR(64)  NOT NULL,
    value_text     VARCHAR(100),
    file_name      VARCHAR(255) NOT NULL,
    line_no        BIGINT       NOT NULL,
    PRIMARY KEY (period, unit_code, indicator_code)
);

CREATE TABLE IF NOT EXISTS dx_unit_score (
    period     VARCHAR(7)  NOT NULL,
    unit_code  VARCHAR(16) NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    submitted  BOOLEAN     NOT NULL,
    overall    VARCHAR(80),
    PRIMARY KEY (period, unit_code)
);

CREATE TABLE IF NOT EXISTS dx_pillar_score (
    period     VARCHAR(7)  NOT NULL,
    unit_code  VARCHAR(16) NOT NULL,
    pillar     VARCHAR(16) NOT NULL,
    score      VARCHAR(80) NOT NULL,
    PRIMARY KEY (period, unit_code, pillar)
);

CREATE TABLE IF NOT EXISTS dx_indicator_score (
    period         VARCHAR(7)  NOT NULL,
    unit_code      VARCHAR(16) NOT NULL,
    indicator_code VARCHAR(64) NOT NULL,
    value_text     VARCHAR(100),
    target         VARCHAR(80),
    milestone      VARCHAR(80),
    score          VARCHAR(80),
    status         VARCHAR(20) NOT NULL,
    PRIMARY KEY (period, unit_code, indicator_code)
);

CREATE TABLE IF NOT EXISTS dx_ranking (
    period             VARCHAR(7)  NOT NULL,
    position           INT         NOT NULL,
    grp                VARCHAR(10) NOT NULL,
    unit_code          VARCHAR(16) NOT NULL,
    unit_rank          INT,
    overall            VARCHAR(20),
    previous_overall   VARCHAR(20),
    previous_rank      INT,
    previous_estimated BOOLEAN     NOT NULL,
    PRIMARY KEY (period, unit_code)
);

CREATE TABLE IF NOT EXISTS dx_period_status (
    period            VARCHAR(7)   NOT NULL PRIMARY KEY,
    job_execution_id  BIGINT       NOT NULL,
    completed_at      TIMESTAMP    NOT NULL,
    catalogue_version VARCHAR(100) NOT NULL,
    catalogue_sha256  VARCHAR(64)  NOT NULL
);
