-- The runs event_runs found, as events of family $1 ('depth' or 'pull'), into liquidity_runs.
SELECT CAST($1 AS VARCHAR) AS family, series, start_ts, end_ts FROM event_runs
