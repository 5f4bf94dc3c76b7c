-- Timelines and track records look claims up by their source's name.
CREATE INDEX claims_source_name ON claims (source_name);
