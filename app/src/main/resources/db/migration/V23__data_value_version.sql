-- Optimistic locking of data values (issue 9, item 6): every change of a value (its number, status, source or
-- comment, by hand, by an import or by the workflow) adds one to its version; a change made on the strength of a
-- version that is no longer the stored one is refused (409) instead of overwriting what another user did since.
ALTER TABLE data_value ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
