-- The feature columns a threshold change alters, in grid order, for the screen.
SELECT f.rv_ratio, CAST(f.burst_id AS DOUBLE) AS burst_id, s.hard_line, s.soft_line
FROM features f
JOIN burst_seconds s USING (ts)
ORDER BY ts
