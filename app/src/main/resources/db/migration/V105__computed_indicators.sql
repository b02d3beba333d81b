-- meetings (issue 10): an indicator that Tongchou computes itself at every evaluation run (the cadre
-- indicators 目标任务完成率, 到期承诺事项数 and 按时完成承诺事项数, from targets and meeting commitments) is
-- marked computed: the entry form does not offer it and imports and the API refuse it (docs/meetings.md).
ALTER TABLE indicator ADD COLUMN computed BOOLEAN DEFAULT FALSE NOT NULL;

-- installations that loaded the default framework before this version
UPDATE indicator SET computed = TRUE
 WHERE code IN ('target_completion_rate', 'commitments_due', 'commitments_done_on_time') AND formula IS NULL;
