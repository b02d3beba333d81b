-- What a run says about itself beyond its results: notes in a form pages translate, how its weights were
-- obtained (the method tables analysts read in SPSSAU), and how robust its ranking is (Monte Carlo rank
-- intervals and sensitivity indices). Written once with the run, never updated.

-- a run's notes: kind (the engine's NoteKind or the app's), what it is about, the values of its sentence
-- (one per line) and the English sentence (eval_run.notes keeps the English lines too)
CREATE TABLE eval_run_note (
    run_id    BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    kind      VARCHAR(64) NOT NULL,
    subject   VARCHAR(200),
    args      TEXT,
    message   TEXT        NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- one weighting table per set of siblings: the parent, what its children are, the method; AHP consistency
CREATE TABLE eval_weighting (
    run_id      BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    node_code   VARCHAR(64) NOT NULL,
    child_kind  VARCHAR(32) NOT NULL,
    method      VARCHAR(32) NOT NULL,
    lambda_max  DOUBLE PRECISION,
    ci          DOUBLE PRECISION,
    ri          DOUBLE PRECISION,
    cr          DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

-- one row per child of a weighting table: the final weight and the method's intermediate figures
CREATE TABLE eval_weighting_row (
    run_id          BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    table_position  INTEGER     NOT NULL,
    position        INTEGER     NOT NULL,
    child_code      VARCHAR(64) NOT NULL,
    weight          DOUBLE PRECISION,
    given           DOUBLE PRECISION,
    entropy         DOUBLE PRECISION,
    divergence      DOUBLE PRECISION,
    sd              DOUBLE PRECISION,
    conflict        DOUBLE PRECISION,
    information     DOUBLE PRECISION,
    subjective      DOUBLE PRECISION,
    objective       DOUBLE PRECISION,
    PRIMARY KEY (run_id, table_position, position)
);

-- the AHP matrix a weighting table used, as it was when the run was made
CREATE TABLE eval_weighting_ahp_cell (
    run_id          BIGINT  NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    table_position  INTEGER NOT NULL,
    row_no          INTEGER NOT NULL,
    col_no          INTEGER NOT NULL,
    cell_value      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, table_position, row_no, col_no)
);

-- the robustness analysis of a run: seed, replications behind the intervals, model runs in all, and the
-- variance of the mean absolute rank change that the sensitivity indices apportion
CREATE TABLE eval_robustness (
    run_id        BIGINT  NOT NULL PRIMARY KEY REFERENCES eval_run (id) ON DELETE CASCADE,
    seed          BIGINT  NOT NULL,
    replications  INTEGER NOT NULL,
    model_runs    INTEGER NOT NULL,
    variance      DOUBLE PRECISION,
    computed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- every town's rank interval: nominal rank, mean, median, 5th and 95th percentile over the replications
CREATE TABLE eval_rank_interval (
    run_id        BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    unit_code     VARCHAR(12) NOT NULL,
    nominal_rank  DOUBLE PRECISION,
    mean_rank     DOUBLE PRECISION,
    median_rank   DOUBLE PRECISION,
    q05_rank      DOUBLE PRECISION,
    q95_rank      DOUBLE PRECISION,
    PRIMARY KEY (run_id, unit_code)
);

-- sensitivity indices of each varied assumption, with its alternatives (codes, one per line; the plan's own first)
CREATE TABLE eval_sensitivity (
    run_id        BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    assumption    VARCHAR(64) NOT NULL,
    alternatives  TEXT        NOT NULL,
    first_order   DOUBLE PRECISION,
    total_order   DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);
