-- sparkruns (issue 13 review): the Spark runs page reads a period's units of the index by rank, a page at a time,
-- and the periods of a run. The index of V135 (run_id, node, period) found a period's rows but left the ordering to
-- a sort of all of them (41,352 townships: ~0.4 s a page on PostgreSQL) and the periods to a scan of the run's rows.
-- With the ranks and the unit in the key, a page (keyset: after the last row shown), the count of units and the
-- periods (one probe each) are read from the index in its order (docs/spark.md, "The Spark runs page").
DROP INDEX spark_score_run;
CREATE INDEX spark_score_run ON spark_score (run_id, node, period, national_rank, rank, unit);
