-- The (expiry, strike key) pairs of the trade date's rows with an expiry on or after it, over
-- the files behind `ticks` (one scan group; run into table day_strikes like spot_partials);
-- dataset_info reads the union.
-- $1 underlying, $2 first instant of the day, $3 end of the last second, $4 trade date.
SELECT DISTINCT expiry, strike_key
FROM ticks
WHERE underlying = $1 AND ts >= CAST($2 AS TIMESTAMP) AND ts < CAST($3 AS TIMESTAMP)
  AND expiry >= CAST($4 AS DATE)
