-- Claimtrail schema, version 5: the dashboard's "latest status changes" reads cluster_status by
-- time; without an index it sorted every status row (1 s a page at 50,000 claims).
CREATE INDEX cluster_status_changed ON cluster_status (changed_at);
