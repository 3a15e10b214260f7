-- The datasets (underlying, trade date) in the file behind view `file_rows`, with each one's rows
-- inside the session and before its open. $1, $2: session open and close as seconds of the day.
SELECT
  underlying,
  CAST(CAST(ts AS DATE) AS VARCHAR) AS trade_date,
  CAST(count(*) AS DOUBLE) AS row_count,
  CAST(count(*) FILTER (WHERE second_of_day BETWEEN $1 AND $2) AS DOUBLE) AS session_rows,
  CAST(count(*) FILTER (WHERE second_of_day < $1) AS DOUBLE) AS pre_open_rows
FROM (
  SELECT underlying, ts, epoch(date_trunc('second', ts)) % 86400 AS second_of_day
  FROM file_rows
  WHERE ts IS NOT NULL AND underlying IS NOT NULL
)
GROUP BY underlying, CAST(ts AS DATE)
ORDER BY underlying, trade_date
