-- Claimtrail schema, version 6: each article row says how many claims and mentions were written
-- with it, in the same transaction. H2 can come back from a killed process with part of a
-- transaction that never committed (StoreCrashIT caught an article without its claims, and one
-- without a mention, in 2.3.232); the counts let the store find such torn articles and remove
-- them when it opens after an unclean shutdown. Rows written before version 6 have no counts
-- and are not checked.
ALTER TABLE articles ADD COLUMN claim_count INTEGER;
ALTER TABLE articles ADD COLUMN mention_count INTEGER;
