-- PostgreSQL only (db/vendor/{vendor}): the per-unit result tables of a run keep no foreign key to eval_run; a
-- statement-level trigger deletes their rows with their run instead, as ON DELETE CASCADE did.
--
-- Why: PostgreSQL checks a foreign key once per inserted row (an SPI query per row at the end of the statement).
-- A national township run writes about 4.8 million result rows, and those checks were three quarters of the
-- time of writing them (docs/benchmarks.md "Province and nation on PostgreSQL", profile of the store). Every
-- row of these tables is written by RunRepository / RunDetailsRepository in the transaction that inserts its run
-- (or, for rank intervals, after reading that the run exists), so the check never found anything to refuse.
-- What the key also did, deleting a run's rows with the run (and with its plan), the trigger does per statement.
-- H2 keeps its keys (a key check there is an in-process index lookup); every query is the same SQL on both.
ALTER TABLE eval_unit_result DROP CONSTRAINT eval_unit_result_run_id_fkey;
ALTER TABLE eval_node_score DROP CONSTRAINT eval_node_score_run_id_fkey;
ALTER TABLE eval_gap DROP CONSTRAINT eval_gap_run_id_fkey;
ALTER TABLE eval_obstacle DROP CONSTRAINT eval_obstacle_run_id_fkey;
ALTER TABLE eval_group_rank DROP CONSTRAINT eval_group_rank_run_id_fkey;
ALTER TABLE eval_theil_group DROP CONSTRAINT eval_theil_group_run_id_fkey;
ALTER TABLE eval_rank_interval DROP CONSTRAINT eval_rank_interval_run_id_fkey;

CREATE FUNCTION eval_run_delete_results() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM eval_unit_result WHERE run_id IN (SELECT id FROM gone);
    DELETE FROM eval_node_score WHERE run_id IN (SELECT id FROM gone);
    DELETE FROM eval_gap WHERE run_id IN (SELECT id FROM gone);
    DELETE FROM eval_obstacle WHERE run_id IN (SELECT id FROM gone);
    DELETE FROM eval_group_rank WHERE run_id IN (SELECT id FROM gone);
    DELETE FROM eval_theil_group WHERE run_id IN (SELECT id FROM gone);
    DELETE FROM eval_rank_interval WHERE run_id IN (SELECT id FROM gone);
    RETURN NULL;
END $$;

CREATE TRIGGER eval_run_results_deleted AFTER DELETE ON eval_run REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION eval_run_delete_results();
