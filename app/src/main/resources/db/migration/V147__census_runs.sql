-- The national census rankings stored as evaluation runs (`census rank --store`, docs/national.md): for each run,
-- which ranking it is and from which census file and crosswalk, how many counties each step kept, crosswalked or set
-- aside, the figures of every unit it evaluated (the census page shows them beside the run's ranks), the census
-- counties and today's counties set aside with their figures and the reason, and the Theil decompositions the run
-- itself does not hold (the 2010 and 2020 rates on today's boundaries beside the ranked change).
CREATE TABLE census_run (
    run_id       BIGINT       PRIMARY KEY REFERENCES eval_run (id) ON DELETE CASCADE,
    ranking      VARCHAR(16)  NOT NULL,
    census_file  VARCHAR(500) NOT NULL,
    crosswalk    VARCHAR(500) NOT NULL
);

CREATE TABLE census_run_count (
    run_id       BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    position     INTEGER     NOT NULL,
    step         VARCHAR(32) NOT NULL,
    census_year  INTEGER,
    counties     INTEGER     NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE census_run_unit (
    run_id        BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    unit_code     VARCHAR(12) NOT NULL,
    province_code VARCHAR(12) NOT NULL,
    resident      DOUBLE PRECISION,
    urban         DOUBLE PRECISION,
    rate_2010     DOUBLE PRECISION,
    rate_2020     DOUBLE PRECISION,
    change_points DOUBLE PRECISION,
    note          VARCHAR(2000),
    PRIMARY KEY (run_id, unit_code)
);

CREATE TABLE census_run_set_aside (
    run_id       BIGINT        NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    census_year  INTEGER       NOT NULL,
    code         VARCHAR(12)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    resident     DOUBLE PRECISION,
    urban        DOUBLE PRECISION,
    reason       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE census_run_theil (
    run_id       BIGINT      NOT NULL REFERENCES eval_run (id) ON DELETE CASCADE,
    subject      VARCHAR(64) NOT NULL,
    total        DOUBLE PRECISION,
    between_part DOUBLE PRECISION,
    within_part  DOUBLE PRECISION,
    PRIMARY KEY (run_id, subject)
);
