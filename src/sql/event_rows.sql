-- Every event of the day for the screen, of every kind, by start: times as epoch seconds (IST
-- wall clock read as UTC), like the features' time; `size` is what the list shows of each kind
-- (a burst's move in points, a liquidity event's drop in %, a fear spike's IV rise, a pocket's range).
SELECT
  kind,
  id,
  CAST(epoch(start_ts) AS DOUBLE) AS start_time,
  CAST(epoch(end_ts) AS DOUBLE) AS end_time,
  opt_type,
  strike,
  side,
  size
FROM (
  SELECT 'burst' AS kind, burst_id AS id, start_ts, end_ts, NULL AS opt_type, NULL AS strike, NULL AS side,
    move_pts AS size
  FROM bursts
  UNION ALL
  SELECT kind, event_id, start_ts, end_ts, opt_type, strike, side, drop_pct FROM liquidity
  UNION ALL
  SELECT kind, event_id, start_ts, end_ts, NULL, NULL, NULL, iv_peak - iv_before FROM fear
  UNION ALL
  SELECT 'chop', event_id, start_ts, end_ts, NULL, NULL, NULL, range_pts FROM chop
)
ORDER BY start_ts, kind, id
