-- Chop pockets' input to the run rule (event_runs): every chop second is soft and hard.
CREATE OR REPLACE TEMP TABLE run_seconds AS
SELECT 0 AS series, ts, true AS hard FROM chop_seconds WHERE chop_second
