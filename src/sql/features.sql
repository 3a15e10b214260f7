-- The features table of spec 7, in its column order: one row per grid second. A view, so that a
-- threshold change only rebuilds burst_seconds and bursts; it is read for the screen and exports.
CREATE OR REPLACE TEMP VIEW features AS
SELECT
  m.underlying, m.trade_date, m.ts, m.spot, m.spot_observed, m.spot_age_s, m.ret_1s, m.rv_10, m.rv_120,
  s.rv_ratio, m.vel_10, m.accel_10, b.burst_id, m.atm_strike, m.strike_step, m.expiry, m.dte_days,
  m.dte_bucket,
  m.ce_bid, m.ce_ask, m.ce_mid, m.ce_spread, m.ce_bid_qty, m.ce_ask_qty, m.ce_bid_depth5, m.ce_ask_depth5,
  m.ce_volume, m.ce_observed, m.ce_age_s,
  m.pe_bid, m.pe_ask, m.pe_mid, m.pe_spread, m.pe_bid_qty, m.pe_ask_qty, m.pe_bid_depth5, m.pe_ask_depth5,
  m.pe_volume, m.pe_observed, m.pe_age_s,
  m.volume_all
FROM market_state m
JOIN burst_seconds s ON s.ts = m.ts
LEFT JOIN bursts b ON m.ts BETWEEN b.start_ts AND b.end_ts
ORDER BY m.ts
