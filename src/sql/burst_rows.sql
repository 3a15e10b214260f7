-- The bursts for the screen, times as epoch seconds (IST wall clock read as UTC).
SELECT
  burst_id, CAST(epoch(start_ts) AS DOUBLE) AS start_time, CAST(epoch(end_ts) AS DOUBLE) AS end_time,
  duration_s, direction, spot_before, spot_end, move_pts, move_bps, peak_rv_ratio, peak_rv_10,
  atm_strike_start, straddle_before, straddle_end, tod_bucket, spot_observed_s
FROM bursts
ORDER BY burst_id
