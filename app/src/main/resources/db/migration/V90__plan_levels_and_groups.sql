-- Evaluation at any level (docs/evaluation.md "Levels and groups"): a plan names the level it ranks inside
-- its area, the levels above whose units group the ranked ones, and the raw indicator that weights
-- disparity. Existing plans keep ranking the towns of their city, unweighted and without groups.
ALTER TABLE eval_plan ADD COLUMN unit_level VARCHAR(16) DEFAULT 'TOWNSHIP' NOT NULL;
ALTER TABLE eval_plan ADD COLUMN group_levels VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE eval_plan ADD COLUMN weight_indicator VARCHAR(64);

-- every unit's group at each group level of the run, and its rank within that group on the index and
-- on each dimension (node_code); the rank in the whole area stays in eval_unit_result / eval_node_score
CREATE TABLE eval_group_rank (
    run_id       BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    group_level  VARCHAR(16) NOT NULL,
    node_code    VARCHAR(64) NOT NULL,
    unit_code    VARCHAR(12) NOT NULL,
    group_code   VARCHAR(12) NOT NULL,
    rank_no      DOUBLE PRECISION,
    PRIMARY KEY (run_id, group_level, node_code, unit_code)
);

-- the Theil index of a subject (indicator or node) decomposed between and within the groups of a level
CREATE TABLE eval_theil_split (
    run_id        BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    subject       VARCHAR(64) NOT NULL,
    group_level   VARCHAR(16) NOT NULL,
    total         DOUBLE PRECISION,
    between_part  DOUBLE PRECISION,
    within_part   DOUBLE PRECISION,
    PRIMARY KEY (run_id, subject, group_level)
);

-- each group's own Theil index, its share (income share for Theil T) and its term of the within part
CREATE TABLE eval_theil_group (
    run_id        BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    subject       VARCHAR(64) NOT NULL,
    group_level   VARCHAR(16) NOT NULL,
    group_code    VARCHAR(12) NOT NULL,
    group_theil   DOUBLE PRECISION,
    group_share   DOUBLE PRECISION,
    within_term   DOUBLE PRECISION,
    PRIMARY KEY (run_id, subject, group_level, group_code)
);
