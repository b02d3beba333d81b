-- Map (feature map): where a unit's stored geometry came from. A schematic geometry is drawn by the
-- application inside the county outline and is not a real boundary; every map says so.
CREATE TABLE map_geometry_source (
    unit_id     BIGINT PRIMARY KEY REFERENCES admin_unit (id),
    schematic   BOOLEAN NOT NULL,
    source      VARCHAR(200) NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Administration (feature admin): the reporting deadline of each period (e.g. 2025 due 2026-01-31),
-- used for timeliness.
CREATE TABLE reporting_deadline (
    period      VARCHAR(16) PRIMARY KEY,
    due         DATE NOT NULL,
    note        VARCHAR(500) NOT NULL DEFAULT ''
);
