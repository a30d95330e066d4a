-- The period's complete files as its last intake found them, (name, SHA-256): the fingerprint an edition is
-- published from (SPEC §8), and what a later launch compares the folder with. Replaced by each intake.
CREATE TABLE IF NOT EXISTS dx_period_input (
    period    VARCHAR(7)   NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    content   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (period, file_name)
);
