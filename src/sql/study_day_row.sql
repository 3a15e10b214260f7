-- One day of a study into study_days. $1 underlying, $2 trade date, $3 expiry, $4 dte_days,
-- $5 dte_bucket, $6 strike step, $7-$12 the day's figures (day_summary), $13 why it failed;
-- a day that failed has NULL figures, one that did not a NULL error.
INSERT INTO study_days VALUES ($1, CAST($2 AS DATE), CAST($3 AS DATE), $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
