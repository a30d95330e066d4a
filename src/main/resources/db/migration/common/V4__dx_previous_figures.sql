-- What each unit of a period is compared with, stored by the ranking step so the reports read one stored result:
-- the predecessors a previous figure comes from (named in the scorecard's estimate note) and each indicator's
-- previous score (the scorecard's trend column).
CREATE TABLE IF NOT EXISTS dx_previous_source (
    period           VARCHAR(7)  NOT NULL,
    unit_code        VARCHAR(16) NOT NULL,
    position         INT         NOT NULL,
    predecessor_code VARCHAR(16) NOT NULL,
    overall          VARCHAR(20) NOT NULL,
    PRIMARY KEY (period, unit_code, position)
);

CREATE TABLE IF NOT EXISTS dx_indicator_trend (
    period         VARCHAR(7)  NOT NULL,
    unit_code      VARCHAR(16) NOT NULL,
    indicator_code VARCHAR(64) NOT NULL,
    previous_score VARCHAR(20) NOT NULL,
    PRIMARY KEY (period, unit_code, indicator_code)
);
