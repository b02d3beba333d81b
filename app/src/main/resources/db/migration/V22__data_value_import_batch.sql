-- Bulk imports (docs/data-import.md, "Writing"): a value first inserted by an import points to its
-- import batch (data_value.import_id) instead of having its own audit row; the value history derives
-- that first entry (null -> value, who, when) from the batch. The first later change of such a value
-- writes the derived entry into data_value_audit and clears import_id, so a value with import_id set
-- is exactly as the import left it.
--
-- The table is rebuilt (portable between H2 and PostgreSQL, whose generated constraint names differ)
-- without the foreign keys to indicator and admin_unit: checking two keys per row cost more than
-- writing the row itself in a COPY of millions of values (docs/benchmarks.md). Both are checked by
-- the code that writes values (DataValueService.write, the import's lookups), and neither units
-- (versioned, never deleted) nor indicators are ever deleted. import_id has no foreign key either,
-- for the same reason; import batches are never deleted.
CREATE TABLE data_value_v22 (
    indicator_id BIGINT           NOT NULL,
    period       VARCHAR(8)       NOT NULL,
    unit_id      BIGINT           NOT NULL,
    num_value    DOUBLE PRECISION NOT NULL,
    status       VARCHAR(10)      NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    source       VARCHAR(200),
    note         VARCHAR(2000),
    updated_by   VARCHAR(100)     NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    import_id    BIGINT,
    CONSTRAINT data_value_key PRIMARY KEY (indicator_id, period, unit_id)
);
INSERT INTO data_value_v22 (indicator_id, period, unit_id, num_value, status, source, note, updated_by, updated_at)
    SELECT indicator_id, period, unit_id, num_value, status, source, note, updated_by, updated_at FROM data_value;
DROP TABLE data_value;
ALTER TABLE data_value_v22 RENAME TO data_value;
