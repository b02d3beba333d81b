-- The three cadre indicators of the default framework (commitments due and done on time, target completion rate)
-- for the synthetic panel of scripts/bench-province.sh. Tongchou computes them at every run from targets and
-- meeting commitments (docs/meetings.md), so import-data refuses them and synthetic-panel does not write them; a
-- run falls back on a stored approved value where it computed none, and the panel has no targets or commitments.
-- Inserted here straight into data_value for every township that has the panel's resident population (one row per
-- year), deterministic (from the unit id and the year), marked with the panel's synthetic source.
INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, source, updated_by, updated_at)
SELECT i.id, v.period, v.unit_id,
       CASE i.code
           WHEN 'commitments_due' THEN 5 + v.unit_id % 20
           WHEN 'commitments_done_on_time' THEN floor((5 + v.unit_id % 20) * (50 + (v.unit_id * 7 + CAST(v.period AS INTEGER)) % 50) / 100.0)
           ELSE 60 + (v.unit_id * 13 + CAST(v.period AS INTEGER) * 3) % 40 END,
       'APPROVED', v.source, 'bench', CURRENT_TIMESTAMP
FROM data_value v
JOIN indicator p ON p.id = v.indicator_id AND p.code = 'resident_population'
JOIN indicator i ON i.code IN ('commitments_due', 'commitments_done_on_time', 'target_completion_rate')
ON CONFLICT DO NOTHING;
