-- What the IV solver needs of each ladder row, in the ladder's order: the quote, its age and T,
-- the years from the second to the expiry instant $1 (expiry date at expiry_time; spec 10).
SELECT
  CAST(k AS DOUBLE) AS k,
  CAST(opt_type = 'CE' AS DOUBLE) AS call,
  strike,
  bid,
  ask,
  mid,
  CAST(age_s AS DOUBLE) AS age_s,
  date_diff('second', ts, CAST($1 AS TIMESTAMP)) / 31536000.0 AS years
-- ladder_rows is stored in the order of `i`: read as it is, not sorted again
FROM ladder_rows
