-- Fear spikes' input to the run rule (event_runs): the day is one series.
CREATE OR REPLACE TEMP TABLE run_seconds AS
SELECT 0 AS series, ts, hard FROM fear_seconds WHERE soft
