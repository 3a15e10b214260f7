-- Pulls' input to the run rule (event_runs): the soft seconds of each instrument's side.
CREATE OR REPLACE TEMP TABLE run_seconds AS
SELECT series, ts, pull_hard AS hard FROM liquidity_series WHERE pull_soft
