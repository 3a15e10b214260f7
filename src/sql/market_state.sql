-- The spot grid with the as-of state of the front-expiry CE and PE at each second's ATM strike.
-- Before spot, or before the ATM instrument's first quote, its state is NULL and volume 0.
CREATE OR REPLACE TEMP TABLE market_state AS
WITH grid AS (
  SELECT *, CAST(round(atm_strike * 100) AS BIGINT) AS atm_key FROM spot_grid
),
-- DuckDB 0.9 fails an ASOF join ("Unsupported comparison type") when every right-hand time is at
-- or before the first grid second; a far-future row that matches no strike keeps it general.
ce AS (SELECT * FROM option_seconds WHERE opt_type = 'CE' UNION ALL BY NAME SELECT TIMESTAMP '9999-12-31' AS sec),
pe AS (SELECT * FROM option_seconds WHERE opt_type = 'PE' UNION ALL BY NAME SELECT TIMESTAMP '9999-12-31' AS sec)
SELECT
  g.* EXCLUDE (atm_key),
  c.bid AS ce_bid,
  c.ask AS ce_ask,
  CASE WHEN c.bid <= c.ask THEN (c.bid + c.ask) / 2 END AS ce_mid,
  CASE WHEN c.bid <= c.ask THEN c.ask - c.bid END AS ce_spread,
  c.bid_qty AS ce_bid_qty,
  c.ask_qty AS ce_ask_qty,
  c.bid_depth5 AS ce_bid_depth5,
  c.ask_depth5 AS ce_ask_depth5,
  CASE WHEN c.sec = g.ts THEN c.volume ELSE 0 END AS ce_volume,
  coalesce(c.sec = g.ts, false) AS ce_observed,
  date_diff('second', c.sec, g.ts) AS ce_age_s,
  p.bid AS pe_bid,
  p.ask AS pe_ask,
  CASE WHEN p.bid <= p.ask THEN (p.bid + p.ask) / 2 END AS pe_mid,
  CASE WHEN p.bid <= p.ask THEN p.ask - p.bid END AS pe_spread,
  p.bid_qty AS pe_bid_qty,
  p.ask_qty AS pe_ask_qty,
  p.bid_depth5 AS pe_bid_depth5,
  p.ask_depth5 AS pe_ask_depth5,
  CASE WHEN p.sec = g.ts THEN p.volume ELSE 0 END AS pe_volume,
  coalesce(p.sec = g.ts, false) AS pe_observed,
  date_diff('second', p.sec, g.ts) AS pe_age_s
FROM grid g
ASOF LEFT JOIN ce c ON c.strike_key = g.atm_key AND c.sec <= g.ts
ASOF LEFT JOIN pe p ON p.strike_key = g.atm_key AND p.sec <= g.ts
