-- The liquidity table of spec 9: the events of every series, numbered in the table's sort
-- (start_ts, kind, opt_type, strike, side).
CREATE OR REPLACE TEMP TABLE liquidity AS
SELECT
  CAST(row_number() OVER (ORDER BY start_ts, kind, opt_type, strike, side) AS INTEGER) AS event_id,
  *
FROM liquidity_found
ORDER BY event_id
