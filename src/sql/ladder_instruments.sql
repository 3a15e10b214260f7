-- The instruments the ladder reaches over the day (spec 8), numbered: every front-expiry
-- (opt_type, strike) that is atm_strike + k * strike_step, |k| <= $1 (N), at some grid second.
-- They are also the instruments liquidity events watch (spec 9: those on a ladder row with a
-- strike). Series 2i is instrument i's ask side, 2i + 1 its bid.
CREATE OR REPLACE TEMP TABLE ladder_instruments AS
SELECT
  CAST(row_number() OVER (ORDER BY opt_type, strike) - 1 AS INTEGER) AS instrument,
  opt_type,
  strike,
  strike_key
FROM (
  -- the strike as ladder_rows.sql writes it, so that the two agree to the last bit
  SELECT DISTINCT
    t.opt_type,
    g.atm_strike + k.range * g.strike_step AS strike,
    CAST(round((g.atm_strike + k.range * g.strike_step) * 100) AS BIGINT) AS strike_key
  FROM spot_grid g
  CROSS JOIN range(-100, 101) k
  CROSS JOIN (VALUES ('CE'), ('PE')) t(opt_type)
  WHERE abs(k.range) <= $1 AND g.atm_strike IS NOT NULL
)
