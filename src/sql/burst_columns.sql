-- The feature columns a threshold change alters, in grid order, for the screen: those of the
-- features view, read without its join to market_state (burst_seconds has one row per second).
SELECT s.rv_ratio, CAST(b.burst_id AS DOUBLE) AS burst_id, s.hard_line, s.soft_line
FROM burst_seconds s
LEFT JOIN bursts b ON s.ts BETWEEN b.start_ts AND b.end_ts
ORDER BY s.ts
