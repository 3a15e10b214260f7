-- The features table of spec 7 and the columns sections 9-12 add, in the spec's order: one row
-- per grid second. A view, so that a threshold change only rebuilds the tables behind it; it is
-- read for the screen and exports.
CREATE OR REPLACE TEMP VIEW features AS
SELECT
  m.underlying, m.trade_date, m.ts, m.spot, m.spot_observed, m.spot_age_s, m.ret_1s, m.rv_10, m.rv_120,
  s.rv_ratio, m.vel_10, m.accel_10, b.burst_id, m.atm_strike, m.strike_step, m.expiry, m.dte_days,
  m.dte_bucket,
  m.ce_bid, m.ce_ask, m.ce_mid, m.ce_spread, m.ce_bid_qty, m.ce_ask_qty, m.ce_bid_depth5, m.ce_ask_depth5,
  m.ce_volume, m.ce_observed, m.ce_age_s,
  m.pe_bid, m.pe_ask, m.pe_mid, m.pe_spread, m.pe_bid_qty, m.pe_ask_qty, m.pe_bid_depth5, m.pe_ask_depth5,
  m.pe_volume, m.pe_observed, m.pe_age_s,
  m.volume_all,
  c.rv_60, c.rv_300, c.er_star_300, c.range_z_300, c.vr_600, c.chop_second, ch.event_id AS chop_id,
  i.forward, i.atm_iv, i.iv_smooth, i.d_iv_60, i.iv_z, f.event_id AS fear_id,
  r.regime, coalesce(previous.regime, 'warmup') AS regime_in
FROM market_state m
JOIN burst_seconds s ON s.ts = m.ts
JOIN chop_seconds c ON c.ts = m.ts
JOIN iv_seconds i ON i.ts = m.ts
JOIN regime_minutes r ON r.minute_ts = time_bucket(INTERVAL 1 MINUTE, m.ts)
LEFT JOIN regime_minutes previous ON previous.minute_ts = time_bucket(INTERVAL 1 MINUTE, m.ts) - INTERVAL 1 MINUTE
LEFT JOIN bursts b ON m.ts BETWEEN b.start_ts AND b.end_ts
LEFT JOIN chop ch ON m.ts BETWEEN ch.start_ts AND ch.end_ts
LEFT JOIN fear f ON m.ts BETWEEN f.start_ts AND f.end_ts
ORDER BY m.ts
