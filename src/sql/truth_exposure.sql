-- A day's exposure per truth-table cell (spec 14): its grid seconds. Reads truth_seconds.
SELECT underlying, trade_date, dte_bucket, tod_bucket, regime_in, count(*) AS seconds
FROM truth_seconds
GROUP BY ALL
ORDER BY tod_bucket, regime_in
