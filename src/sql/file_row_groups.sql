-- One Parquet file's row groups, from their statistics alone (no rows are read): rows, rows with
-- no timestamp, the trade date and second of the day of the first and last timestamp, and the
-- least and greatest underlying with its NULL count (NULL when $3 names no column of the file).
-- A statistic the file lacks, or that does not read as a TIMESTAMP, gives NULL.
-- $1 path, $2 timestamp column, $3 underlying column.
WITH row_groups AS (
  SELECT
    t.row_group_num_rows AS num_rows,
    t.stats_null_count AS timestamp_nulls,
    TRY_CAST(t.stats_min_value AS TIMESTAMP) AS first_ts,
    TRY_CAST(t.stats_max_value AS TIMESTAMP) AS last_ts,
    u.stats_min_value AS underlying_min,
    u.stats_max_value AS underlying_max,
    u.stats_null_count AS underlying_nulls
  FROM parquet_metadata($1) AS t
  LEFT JOIN parquet_metadata($1) AS u ON u.row_group_id = t.row_group_id AND u.path_in_schema = $3
  WHERE t.path_in_schema = $2
)
SELECT
  CAST(num_rows AS DOUBLE) AS num_rows,
  CAST(timestamp_nulls AS DOUBLE) AS timestamp_nulls,
  CAST(CAST(first_ts AS DATE) AS VARCHAR) AS first_date,
  CAST(CAST(last_ts AS DATE) AS VARCHAR) AS last_date,
  CAST(epoch(date_trunc('second', first_ts)) % 86400 AS DOUBLE) AS first_second,
  CAST(epoch(date_trunc('second', last_ts)) % 86400 AS DOUBLE) AS last_second,
  underlying_min,
  underlying_max,
  CAST(underlying_nulls AS DOUBLE) AS underlying_nulls
FROM row_groups
