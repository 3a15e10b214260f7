-- The bursts table: burst_spans (spec 6) and what drove each burst (spec 13). trade_score: the
-- volume traded against the last half hour's mean (over its rows, needing 300 and a mean > 0);
-- vacuum_score: how far the book sides the move ate into (ask of CE and bid of PE up, the other
-- two down, at the burst's first ATM strike) fell below their base, at their lowest.
CREATE OR REPLACE TEMP TABLE bursts AS
WITH traded AS (
  SELECT
    b.burst_id,
    sum(m.volume_all) FILTER (WHERE m.ts BETWEEN b.start_ts AND b.end_ts) AS volume,
    count(*) FILTER (WHERE m.ts < b.start_ts) AS past_rows,
    avg(m.volume_all) FILTER (WHERE m.ts < b.start_ts) AS past_mean
  FROM burst_spans b
  JOIN market_state m ON m.ts BETWEEN b.start_ts - INTERVAL 1800 SECOND AND b.end_ts
  GROUP BY b.burst_id
),
legs AS (
  SELECT b.burst_id, l.opt_type, l.side
  FROM burst_spans b
  JOIN (VALUES ('up', 'CE', 'ask'), ('up', 'PE', 'bid'), ('down', 'CE', 'bid'), ('down', 'PE', 'ask'))
    AS l(direction, opt_type, side) ON l.direction = b.direction
),
ratios AS (
  SELECT
    g.burst_id,
    min(s.d5) / max(s.base) FILTER (WHERE s.ts = b.start_ts) AS ratio
  FROM legs g
  JOIN burst_spans b USING (burst_id)
  JOIN ladder_instruments i ON i.opt_type = g.opt_type AND i.strike = b.atm_strike_start
  JOIN liquidity_series s
    ON s.series = 2 * i.instrument + CASE WHEN g.side = 'bid' THEN 1 ELSE 0 END
    AND s.ts BETWEEN b.start_ts AND b.end_ts
  GROUP BY g.burst_id, g.opt_type, g.side
),
-- a leg without a base or a minimum drops out; NULL when both do
vacuums AS (
  SELECT burst_id, 1 - min(ratio) AS vacuum_score FROM ratios GROUP BY burst_id
),
scores AS (
  SELECT
    b.burst_id,
    CASE WHEN t.past_rows >= 300 AND t.past_mean > 0 THEN t.volume / (t.past_mean * b.duration_s) END AS trade_score,
    v.vacuum_score
  FROM burst_spans b
  JOIN traded t USING (burst_id)
  LEFT JOIN vacuums v USING (burst_id)
)
SELECT
  b.*,
  s.trade_score,
  s.vacuum_score,
  CASE
    WHEN s.trade_score IS NULL OR s.vacuum_score IS NULL THEN NULL
    WHEN s.trade_score >= 2 AND s.vacuum_score >= 0.5 THEN 'both'
    WHEN s.trade_score >= 2 THEN 'trade'
    WHEN s.vacuum_score >= 0.5 THEN 'vacuum'
    ELSE 'neither'
  END AS driver
FROM burst_spans b
JOIN scores s USING (burst_id)
ORDER BY b.start_ts
