-- What each edition was computed from, one input at a time (SPEC §8): the file list's own SHA-256 and the registry's,
-- beside the catalogue's. inputs_fingerprint now covers all three; an edition published before this migration had
-- only its files in it, so that value is its file list's. Its registry is unknown (NULL): never taken as changed.
-- Every statement can run again.
ALTER TABLE dx_edition ADD COLUMN IF NOT EXISTS files_fingerprint VARCHAR(64);
ALTER TABLE dx_edition ADD COLUMN IF NOT EXISTS registry_sha256 VARCHAR(64);
UPDATE dx_edition SET files_fingerprint = inputs_fingerprint WHERE files_fingerprint IS NULL;
