-- The day's spot at a glance, over the grid: the first and last spot (arg_min and arg_max skip
-- NULL values: before the first observation spot is NULL) and the high and low.
SELECT
  arg_min(spot, ts) AS open,
  max(spot) AS high,
  min(spot) AS low,
  arg_max(spot, ts) AS last
FROM spot_grid
