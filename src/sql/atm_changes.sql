-- The seconds at which the ATM strike changes, with the new strike.
SELECT CAST(epoch(ts) AS DOUBLE) AS time, atm_strike
FROM (SELECT ts, atm_strike, lag(atm_strike) OVER (ORDER BY ts) AS previous FROM market_state)
WHERE atm_strike IS DISTINCT FROM previous AND previous IS NOT NULL AND atm_strike IS NOT NULL
ORDER BY ts
