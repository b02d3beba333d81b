-- PostgreSQL only (location db/vendor/{vendor}, spring.flyway.locations): data_value partitioned by the
-- year of its period, so that a query for one period (evaluation reads whole indicator-period columns)
-- reads one partition of a national panel (docs/benchmarks.md "Province and nation on PostgreSQL").
-- H2 keeps the plain table of V22 (with V23's version): the same columns, key and constraint name, so that every query and
-- every write (COPY, the key rebuilt around bulk loads under the name data_value_key) is the same SQL.
--
-- Range partitions on the period's text: every period of year Y ('Y', 'YH1', 'YQ3', 'YM07') sorts at or
-- after 'Y' and before 'Y+1'. One partition per year 2000-2039, a default partition for anything else.
CREATE TABLE data_value_by_year (
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
    version      BIGINT           DEFAULT 1 NOT NULL
) PARTITION BY RANGE (period);

DO $$
BEGIN
    FOR y IN 2000..2039 LOOP
        EXECUTE format('CREATE TABLE data_value_y%s PARTITION OF data_value_by_year FOR VALUES FROM (%L) TO (%L)',
                       y, y::text, (y + 1)::text);
    END LOOP;
END $$;
CREATE TABLE data_value_y_other PARTITION OF data_value_by_year DEFAULT;

INSERT INTO data_value_by_year SELECT indicator_id, period, unit_id, num_value, status, source, note, updated_by, updated_at, import_id, version
    FROM data_value;
DROP TABLE data_value;
ALTER TABLE data_value_by_year RENAME TO data_value;
ALTER TABLE data_value ADD CONSTRAINT data_value_key PRIMARY KEY (indicator_id, period, unit_id);
