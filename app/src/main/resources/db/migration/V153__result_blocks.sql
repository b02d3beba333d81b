-- A run's per-unit rows of node scores, gaps, obstacles and group ranks as column blocks (RunBlocks, ResultBlocks:
-- up to 1,048,576 rows per block, texts as dictionaries, numbers as their IEEE 754 bits). A national township run
-- has about 4.8 million such rows; as rows of eval_node_score, eval_gap, eval_obstacle and eval_group_rank each
-- cost a tuple and a primary-key entry, most of the run's time (docs/benchmarks.md "Province and nation on
-- PostgreSQL"). Runs stored before this migration keep their rows in those tables, which are read for a run
-- without blocks; new runs write no rows there.
CREATE TABLE eval_result_block (
    run_id     BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    part       VARCHAR(16) NOT NULL,
    position   INTEGER     NOT NULL,
    row_count  INTEGER     NOT NULL,
    body       BYTEA       NOT NULL,
    PRIMARY KEY (run_id, part, position)
);
