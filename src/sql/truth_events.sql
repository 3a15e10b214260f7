-- A day's events in the truth-table cells of their start second (spec 14), with what the
-- statistics read: a burst's move, straddle before and continuation after 60 s and 300 s (NULL
-- when flat, without direction, or without spot then); a vacuum's recovery to 80% as a
-- Kaplan-Meier time (followup_s when censored). Reads truth_seconds, bursts, liquidity, fear.
WITH events AS (
  SELECT
    'burst' AS kind, b.burst_id AS event_id, b.start_ts, b.end_ts, b.move_bps, b.move_pts, b.straddle_before,
    CASE WHEN b.direction IN ('up', 'down') AND later60.spot IS NOT NULL
      THEN CASE WHEN b.direction = 'up' THEN later60.spot > b.spot_end ELSE later60.spot < b.spot_end END
    END AS cont_60,
    CASE WHEN b.direction IN ('up', 'down') AND later300.spot IS NOT NULL
      THEN CASE WHEN b.direction = 'up' THEN later300.spot > b.spot_end ELSE later300.spot < b.spot_end END
    END AS cont_300,
    CAST(NULL AS INTEGER) AS recover80_time,
    CAST(NULL AS BOOLEAN) AS recovered80
  FROM bursts b
  LEFT JOIN truth_seconds later60 ON later60.ts = b.end_ts + INTERVAL 60 SECOND
  LEFT JOIN truth_seconds later300 ON later300.ts = b.end_ts + INTERVAL 300 SECOND
  UNION ALL
  SELECT
    kind, event_id, start_ts, end_ts, NULL, NULL, NULL, NULL, NULL,
    CASE WHEN kind = 'vacuum' THEN CASE WHEN censored80 THEN followup_s ELSE recover80_s END END,
    CASE WHEN kind = 'vacuum' THEN NOT censored80 END
  FROM liquidity
  UNION ALL
  SELECT kind, event_id, start_ts, end_ts, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM fear
)
SELECT t.underlying, t.trade_date, t.dte_bucket, t.tod_bucket, t.regime_in, e.*
FROM events e
JOIN truth_seconds t ON t.ts = e.start_ts
ORDER BY e.start_ts, e.kind, e.event_id
