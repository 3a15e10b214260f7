-- The run rule of spec 8-14 over run_seconds (series, ts, hard): the soft seconds of each series
-- (a series is one detector input: an instrument's side, or the day), each marked hard or not.
-- Candidates are maximal runs of consecutive soft seconds holding a hard one; they merge while
-- next.start_ts - prev.end_ts <= $1 (gap) + 1 s; events shorter than $2 (min) seconds are dropped.
CREATE OR REPLACE TEMP TABLE event_runs AS
WITH runs AS (
  -- consecutive seconds share epoch(ts) minus their rank
  SELECT series, ts, hard, epoch(ts) - row_number() OVER (PARTITION BY series ORDER BY ts) AS run
  FROM run_seconds
),
candidates AS (
  SELECT series, min(ts) AS start_ts, max(ts) AS end_ts FROM runs GROUP BY series, run HAVING bool_or(hard)
),
gaps AS (
  SELECT *, date_diff('second', lag(end_ts) OVER (PARTITION BY series ORDER BY start_ts), start_ts) AS gap_s
  FROM candidates
),
groups AS (
  SELECT *, sum(CASE WHEN gap_s <= $1 + 1 THEN 0 ELSE 1 END) OVER (PARTITION BY series ORDER BY start_ts) AS grp
  FROM gaps
)
SELECT series, min(start_ts) AS start_ts, max(end_ts) AS end_ts
FROM groups
GROUP BY series, grp
HAVING date_diff('second', min(start_ts), max(end_ts)) + 1 >= $2
