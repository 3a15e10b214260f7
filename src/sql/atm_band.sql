-- The range of ATM strike keys (round(strike * 100)) over the day: the only strikes whose
-- quotes the ATM state can use.
SELECT
  CAST(min(round(atm_strike * 100)) AS DOUBLE) AS min_key,
  CAST(max(round(atm_strike * 100)) AS DOUBLE) AS max_key
FROM spot_grid
