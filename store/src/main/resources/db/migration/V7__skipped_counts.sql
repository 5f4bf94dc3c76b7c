-- Claimtrail schema, version 7: every document a run reads ends in exactly one of new, revision,
-- unchanged, skipped (not an article) or failed, and the counts say so: ingest runs gain the
-- skipped count (documents = new + revisions + unchanged + skipped + failed), uploads the counts
-- of unchanged, skipped and failed documents (documents = articles + skipped + failed, where
-- articles includes the unchanged ones).
ALTER TABLE ingest_runs ADD COLUMN skipped INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE uploads ADD COLUMN unchanged INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE uploads ADD COLUMN skipped INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE uploads ADD COLUMN failed INTEGER DEFAULT 0 NOT NULL;
