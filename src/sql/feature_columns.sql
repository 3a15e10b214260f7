-- The features for the screen: time as epoch seconds (IST wall clock read as UTC) and numbers
-- as DOUBLE, so that every column arrives as a Float64Array; flags as booleans. Also the
-- rv_10 levels of the hard and soft thresholds. Of the second layer, the ATM IV (its chart).
SELECT
  CAST(epoch(ts) AS DOUBLE) AS time,
  spot, spot_observed, CAST(spot_age_s AS DOUBLE) AS spot_age_s, ret_1s, rv_10, rv_120, rv_ratio, vel_10,
  accel_10, CAST(burst_id AS DOUBLE) AS burst_id, atm_strike,
  ce_bid, ce_ask, ce_mid, ce_spread, CAST(ce_bid_qty AS DOUBLE) AS ce_bid_qty,
  CAST(ce_ask_qty AS DOUBLE) AS ce_ask_qty, CAST(ce_bid_depth5 AS DOUBLE) AS ce_bid_depth5,
  CAST(ce_ask_depth5 AS DOUBLE) AS ce_ask_depth5, CAST(ce_volume AS DOUBLE) AS ce_volume, ce_observed,
  CAST(ce_age_s AS DOUBLE) AS ce_age_s,
  pe_bid, pe_ask, pe_mid, pe_spread, CAST(pe_bid_qty AS DOUBLE) AS pe_bid_qty,
  CAST(pe_ask_qty AS DOUBLE) AS pe_ask_qty, CAST(pe_bid_depth5 AS DOUBLE) AS pe_bid_depth5,
  CAST(pe_ask_depth5 AS DOUBLE) AS pe_ask_depth5, CAST(pe_volume AS DOUBLE) AS pe_volume, pe_observed,
  CAST(pe_age_s AS DOUBLE) AS pe_age_s,
  CAST(volume_all AS DOUBLE) AS volume_all,
  atm_iv, iv_smooth, iv_z,
  s.hard_line, s.soft_line
FROM features
JOIN (SELECT ts, hard_line, soft_line FROM burst_seconds) s USING (ts)
ORDER BY ts
