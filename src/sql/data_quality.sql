-- Data-quality figures of the dataset: counts of its rows up to the close (spec 1), and how often
-- spot was observed in the grid (a polled feed shows here: one second in sixty, sixty apart).
WITH observed AS (
  SELECT date_diff('second', lag(ts) OVER (ORDER BY ts), ts) AS gap_s FROM spot_grid WHERE spot_observed
)
SELECT
  CAST(sum(row_count) AS DOUBLE) AS row_count,
  CAST(sum(negative_volume) AS DOUBLE) AS negative_volume,
  CAST(sum(crossed_quotes) AS DOUBLE) AS crossed_quotes,
  CAST(sum(nonpositive_prices) AS DOUBLE) AS nonpositive_prices,
  (SELECT CAST(count(*) AS DOUBLE) FROM spot_grid) AS grid_seconds,
  (SELECT CAST(count(*) AS DOUBLE) FROM observed) AS spot_observed_seconds,
  -- the median interval between spot updates; NULL with fewer than two
  (SELECT CAST(median(gap_s) AS DOUBLE) FROM observed) AS median_spot_interval_s
FROM spot_seconds
