-- Reports read rejections file by file in line order (the per-unit reports, the digests of the PDFs) and stream them
-- instead of loading them: an index in exactly that order (NULLS FIRST spelled out: PostgreSQL puts nulls last by
-- default) serves both without a sort. Deleting a stage scans the period, which it empties anyway, so the index by
-- stage goes: one index per inserted rejection, not two.
DROP INDEX IF EXISTS dx_rejection_period;
CREATE INDEX IF NOT EXISTS dx_rejection_file ON dx_rejection (period, file_name, line_no NULLS FIRST, column_name);
