-- A day's ATM spreads per truth-table cell (spec 14) as a histogram of integer tick counts (CE and
-- PE pooled, NULL left out): medians then pool exactly over days. Reads truth_seconds.
SELECT underlying, trade_date, dte_bucket, tod_bucket, regime_in, ticks, count(*) AS n
FROM (
  SELECT underlying, trade_date, dte_bucket, tod_bucket, regime_in, ce_spread_ticks AS ticks FROM truth_seconds
  UNION ALL
  SELECT underlying, trade_date, dte_bucket, tod_bucket, regime_in, pe_spread_ticks FROM truth_seconds
)
WHERE ticks IS NOT NULL
GROUP BY ALL
ORDER BY tod_bucket, regime_in, ticks
