-- Whether the file behind view `file_rows` has a row of the dataset in the session: 1 or 0. The
-- scan stops at the first such row, and skips row groups whose statistics lie outside.
-- $1 underlying, $2 session open, $3 end of the close second.
SELECT count(*) AS found
FROM (
  SELECT 1
  FROM file_rows
  WHERE underlying = $1 AND ts >= CAST($2 AS TIMESTAMP) AND ts < CAST($3 AS TIMESTAMP)
  LIMIT 1
)
