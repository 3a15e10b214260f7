-- The range of strike keys (round(strike * 100)) that the ladder reaches over the day: the ATM
-- strikes +/- $1 (N) steps, the only strikes whose quotes the ATM state and the ladder can use.
SELECT
  CAST(min(round((atm_strike - $1 * strike_step) * 100)) AS DOUBLE) AS min_key,
  CAST(max(round((atm_strike + $1 * strike_step) * 100)) AS DOUBLE) AS max_key
FROM spot_grid
