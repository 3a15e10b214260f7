-- The front expiry (earliest expiry on or after the trade date) and the strike step inferred
-- from it: the most common gap between adjacent distinct strikes, ties to the smaller gap.
-- Reads day_strikes (the shares' pairs; a pair may appear once per share).
WITH front AS (SELECT min(expiry) AS expiry FROM day_strikes),
strikes AS (
  SELECT DISTINCT strike_key FROM day_strikes
  WHERE expiry = (SELECT expiry FROM front) AND strike_key IS NOT NULL
),
gaps AS (SELECT strike_key - lag(strike_key) OVER (ORDER BY strike_key) AS gap FROM strikes),
step AS (SELECT gap FROM gaps WHERE gap > 0 GROUP BY gap ORDER BY count(*) DESC, gap LIMIT 1)
SELECT
  CAST((SELECT expiry FROM front) AS VARCHAR) AS expiry,
  (SELECT gap FROM step) / 100.0 AS inferred_step
