-- PostgreSQL only: V91 rebuilt data_value (partitioned by year) from the columns of V22, so the version column of
-- V23 (optimistic locking, issue 9 item 6) is gone after it. V23 belongs to the data block (V20-V29) and cannot
-- follow V91, and a merged migration is never edited; this callback (run by Flyway after every migrate) puts the
-- column back, on the partitioned table and so on every partition, and does nothing once it is there.
ALTER TABLE data_value ADD COLUMN IF NOT EXISTS version BIGINT DEFAULT 1 NOT NULL;
