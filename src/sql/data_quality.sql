-- Data-quality counts of the dataset's rows up to the close (spec 1).
SELECT
  CAST(sum(row_count) AS DOUBLE) AS row_count,
  CAST(sum(negative_volume) AS DOUBLE) AS negative_volume,
  CAST(sum(crossed_quotes) AS DOUBLE) AS crossed_quotes,
  CAST(sum(nonpositive_prices) AS DOUBLE) AS nonpositive_prices
FROM spot_seconds
