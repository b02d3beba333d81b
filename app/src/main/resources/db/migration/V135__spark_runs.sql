-- spark (issue 13): the results of plans evaluated over a national panel on Apache Spark, written by the Spark
-- job (`tongchou spark evaluate --out-jdbc`, org.tongchou.spark.ResultSinks) and read by the Spark runs page
-- (/spark/runs). One row per run with its provenance, and every result row with its run's id. The Spark job only
-- appends (a run is new rows); a database without these tables gets them from the job's first run instead.
CREATE TABLE spark_run (
    run_id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    plan           VARCHAR(1000) NOT NULL,  -- the plan file
    plan_sha256    VARCHAR(64)   NOT NULL,  -- of the plan's text, a newline and its framework's text
    source         VARCHAR(2000) NOT NULL,  -- a Parquet path or a JDBC URL without credentials (and the rebasing)
    area_column    VARCHAR(100),            -- the column evaluated area by area (province, ...), NULL for national evaluations
    master         VARCHAR(200)  NOT NULL,
    spark_version  VARCHAR(40)   NOT NULL,
    engine_version VARCHAR(40)   NOT NULL,
    periods        BIGINT        NOT NULL,
    areas          BIGINT        NOT NULL,  -- evaluations: (period, area) pairs
    units          BIGINT        NOT NULL,
    refused        BIGINT        NOT NULL,  -- evaluations the engine refused (their messages in spark_note)
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- a unit's score and rank on a node (index, dimension, group, indicator) in its area; its national rank when the
-- run was evaluated area by area
CREATE TABLE spark_score (
    run_id        VARCHAR(36)  NOT NULL,
    period        VARCHAR(8)   NOT NULL,
    area          VARCHAR(100) NOT NULL,
    unit          VARCHAR(64)  NOT NULL,
    node          VARCHAR(64)  NOT NULL,
    node_kind     VARCHAR(16)  NOT NULL,
    score         DOUBLE PRECISION,
    raw           DOUBLE PRECISION,
    rank          DOUBLE PRECISION,
    national_rank DOUBLE PRECISION
);
CREATE INDEX spark_score_run ON spark_score (run_id, node, period);

CREATE TABLE spark_group_rank (
    run_id   VARCHAR(36)  NOT NULL,
    period   VARCHAR(8)   NOT NULL,
    area     VARCHAR(100) NOT NULL,
    unit     VARCHAR(64)  NOT NULL,
    node     VARCHAR(64)  NOT NULL,
    grouping VARCHAR(100) NOT NULL,
    grp      VARCHAR(100),
    rank     DOUBLE PRECISION
);
CREATE INDEX spark_group_rank_run ON spark_group_rank (run_id, node, period);

CREATE TABLE spark_weight (
    run_id    VARCHAR(36)  NOT NULL,
    period    VARCHAR(8)   NOT NULL,
    area      VARCHAR(100) NOT NULL,
    node      VARCHAR(64)  NOT NULL,
    node_kind VARCHAR(16)  NOT NULL,
    weight    DOUBLE PRECISION,
    effective DOUBLE PRECISION
);
CREATE INDEX spark_weight_run ON spark_weight (run_id);

-- an area's disparity of a subject (grouping NULL: CV, Gini, Theil) or its Theil index decomposed by a grouping;
-- area 'nation': the national Theil between and within the areas of an area-by-area run
CREATE TABLE spark_disparity (
    run_id        VARCHAR(36)  NOT NULL,
    period        VARCHAR(8)   NOT NULL,
    area          VARCHAR(100) NOT NULL,
    node          VARCHAR(64)  NOT NULL,
    grouping      VARCHAR(100),
    cv            DOUBLE PRECISION,
    gini          DOUBLE PRECISION,
    theil         DOUBLE PRECISION,
    theil_between DOUBLE PRECISION,
    theil_within  DOUBLE PRECISION
);
CREATE INDEX spark_disparity_run ON spark_disparity (run_id);

CREATE TABLE spark_note (
    run_id    VARCHAR(36)   NOT NULL,
    period    VARCHAR(8)    NOT NULL,
    area      VARCHAR(100)  NOT NULL,
    node      VARCHAR(64),
    node_kind VARCHAR(16),
    message   VARCHAR(4000)
);
CREATE INDEX spark_note_run ON spark_note (run_id);
