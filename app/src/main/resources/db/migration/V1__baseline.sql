-- Baseline. Each feature owns a range of migration versions so that parallel work never collides:
--   V10-V19 units and change events, V20-V29 indicators, framework, periods, data values, targets,
--   V30-V39 demo and series, V40-V49 security and audit of sign-ins, V50-V59 evaluation plans and runs,
--   V60-V69 targets and commitments tracking, V70-V79 reports.
-- Every migration runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.
CREATE TABLE app_info (
    info_key   VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(400) NOT NULL
);
INSERT INTO app_info (info_key, info_value) VALUES ('schema', 'tongchou');
