-- A day's straddle change per minute (spec 14), for each minute whose previous minute is in the
-- grid: the CE + PE mid at K = the ATM strike of the previous minute's decision second e_prev, at
-- this minute's decision second e less at e_prev (from the ladder; NULL changes left out). A
-- minute is in the cell of its first second. Reads truth_seconds and ladder_values.
WITH minutes AS (
  SELECT time_bucket(INTERVAL 1 MINUTE, ts) AS minute_ts, min(ts) AS first_ts, max(ts) AS e
  FROM truth_seconds
  GROUP BY 1
),
straddles AS (
  SELECT ts, strike, sum(mid) AS straddle
  FROM ladder_values
  GROUP BY ts, strike
  HAVING count(mid) = 2
),
changes AS (
  SELECT m.minute_ts, m.first_ts, now.straddle - before.straddle AS straddle_chg
  FROM minutes m
  JOIN minutes previous ON previous.minute_ts = m.minute_ts - INTERVAL 1 MINUTE
  JOIN truth_seconds k ON k.ts = previous.e
  JOIN straddles before ON before.ts = previous.e AND before.strike = k.atm_strike
  JOIN straddles now ON now.ts = m.e AND now.strike = k.atm_strike
)
SELECT t.underlying, t.trade_date, t.dte_bucket, t.tod_bucket, t.regime_in, c.minute_ts, c.straddle_chg
FROM changes c
JOIN truth_seconds t ON t.ts = c.first_ts
ORDER BY c.minute_ts
