-- The instruments liquidity events watch (spec 9): every front-expiry (opt_type, strike) that is
-- on the ladder at some second, numbered. Series 2i is instrument i's ask side, 2i + 1 its bid.
CREATE OR REPLACE TEMP TABLE liquidity_instruments AS
SELECT
  CAST(row_number() OVER (ORDER BY opt_type, strike) - 1 AS INTEGER) AS instrument,
  opt_type,
  strike,
  CAST(round(strike * 100) AS BIGINT) AS strike_key
FROM (SELECT DISTINCT opt_type, strike FROM ladder_values WHERE strike IS NOT NULL)
