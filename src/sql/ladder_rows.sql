-- The strike ladder without its IVs (spec 8): per grid second, k = -N..N ($1) and CE/PE, the
-- as-of state of the front-expiry instrument at atm_strike + k * strike_step. `i` numbers the
-- rows in the table's order (ts, k, opt_type), for the IVs solved outside the engine; the table is stored sorted by it, and iv_inputs and
-- ladder read it in that order. The dataset's
-- names are added only by the view `ladder`: half a million copies of them cost memory.
CREATE OR REPLACE TEMP TABLE ladder_rows AS
WITH rungs AS (
  SELECT
    g.ts,
    CAST(k.range AS INTEGER) AS k,
    t.opt_type,
    g.atm_strike + k.range * g.strike_step AS strike,
    CAST(round((g.atm_strike + k.range * g.strike_step) * 100) AS BIGINT) AS strike_key,
    -- the grid is every second from the open: i is worked out, not numbered by a window (a sort)
    CAST(date_diff('second', g0.open_ts, g.ts) * 2 * (2 * $1 + 1) + (k.range + $1) * 2 + t.pe AS INTEGER) AS i
  FROM spot_grid g
  CROSS JOIN (SELECT min(ts) AS open_ts FROM spot_grid) g0
  CROSS JOIN range(-100, 101) k
  CROSS JOIN (VALUES ('CE', 0), ('PE', 1)) t(opt_type, pe)
  WHERE abs(k.range) <= $1
),
-- each rung's instrument: its as-of state is instrument_states' row at the rung's second
quotes AS (
  SELECT n.opt_type, n.strike_key, s.*
  FROM instrument_states s
  JOIN ladder_instruments n USING (instrument)
)
SELECT
  r.i,
  r.ts,
  r.k,
  r.strike,
  r.opt_type,
  q.bid,
  q.ask,
  CASE WHEN q.bid <= q.ask THEN (q.bid + q.ask) / 2 END AS mid,
  CASE WHEN q.bid <= q.ask THEN q.ask - q.bid END AS spread,
  q.bid_qty,
  q.ask_qty,
  q.bid_depth5,
  q.ask_depth5,
  q.bid_orders5,
  q.ask_orders5,
  CASE WHEN q.sec = r.ts THEN q.volume ELSE 0 END AS volume,
  coalesce(q.sec = r.ts, false) AS observed,
  date_diff('second', q.sec, r.ts) AS age_s
FROM rungs r
LEFT JOIN quotes q ON q.opt_type = r.opt_type AND q.strike_key = r.strike_key AND q.ts = r.ts
ORDER BY r.i
