-- Stretches where spot was not observed for at least $1 seconds: the chart draws them apart.
WITH flagged AS (
  SELECT ts, spot_age_s >= $1 OR spot IS NULL AS stale FROM market_state
),
runs AS (
  SELECT ts, stale, sum(CASE WHEN stale THEN 0 ELSE 1 END) OVER (ORDER BY ts) AS run FROM flagged
)
SELECT CAST(epoch(min(ts)) AS DOUBLE) AS start_time, CAST(epoch(max(ts)) AS DOUBLE) AS end_time
FROM runs
WHERE stale
GROUP BY run
ORDER BY start_time
