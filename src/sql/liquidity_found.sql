-- Liquidity events (spec 9) of series $2..$3 from liquidity_runs (run into liquidity_found a
-- few series at a time, as liquidity_series is built): each event's trough, unexplained share,
-- kind, replenishment and order drop. X is D5 for depth events and D1 for pulls (base0 likewise
-- base or base1 at the start). $1 the session's close (a timestamp).
-- The CTEs read more than once are MATERIALIZED: DuckDB inlines a CTE at every reference, and
-- computing events, troughs and horizons over again took three times as long.
WITH series AS (
  SELECT series, ts, d5, d1, o5, g, u, g1, u1, base, base1 FROM liquidity_series WHERE series BETWEEN $2 AND $3
),
events AS MATERIALIZED (
  SELECT
    r.*,
    i.opt_type,
    i.strike,
    CASE WHEN r.series % 2 = 0 THEN 'ask' ELSE 'bid' END AS side,
    CASE WHEN r.family = 'depth' THEN s.base ELSE s.base1 END AS base0,
    lead(r.start_ts) OVER (PARTITION BY r.family, r.series ORDER BY r.start_ts) AS next_start_ts
  FROM liquidity_runs r
  JOIN ladder_instruments i ON i.instrument = r.series // 2
  JOIN series s ON s.series = r.series AND s.ts = r.start_ts
  WHERE r.series BETWEEN $2 AND $3
),
-- each event's seconds from 4 s before its start to its end, joined by (series, ts): an event
-- touches a few dozen of its series' 22,501 rows
inside AS MATERIALIZED (
  SELECT e.family, e.series, e.start_ts, s.ts, CASE WHEN e.family = 'depth' THEN s.d5 ELSE s.d1 END AS x,
    CASE WHEN e.family = 'depth' THEN s.u ELSE s.u1 END AS u,
    CASE WHEN e.family = 'depth' THEN s.g ELSE s.g1 END AS g
  FROM (
    SELECT family, series, start_ts, unnest(generate_series(start_ts - INTERVAL 4 SECOND, end_ts, INTERVAL 1 SECOND)) AS ts
    FROM events
  ) e
  JOIN series s ON s.series = e.series AND s.ts = e.ts
),
troughs AS (
  SELECT family, series, start_ts, min(ts) FILTER (WHERE ts >= start_ts AND x = lowest) AS trough_ts
  FROM (
    SELECT *, min(CASE WHEN ts >= start_ts THEN x END) OVER (PARTITION BY family, series, start_ts) AS lowest FROM inside
  )
  GROUP BY family, series, start_ts
),
shares AS (
  SELECT t.family, t.series, t.start_ts, t.trough_ts, sum(i.u) AS unexplained, sum(i.g) AS gone
  FROM troughs t
  JOIN inside i ON i.family = t.family AND i.series = t.series AND i.start_ts = t.start_ts AND i.ts <= t.trough_ts
  GROUP BY t.family, t.series, t.start_ts, t.trough_ts
),
horizons AS MATERIALIZED (
  SELECT
    e.*,
    sh.trough_ts,
    CASE WHEN sh.gone > 0 THEN sh.unexplained / sh.gone END AS unexplained_share,
    least(sh.trough_ts + INTERVAL 600 SECOND, coalesce(e.next_start_ts - INTERVAL 1 SECOND, CAST($1 AS TIMESTAMP)),
      CAST($1 AS TIMESTAMP)) AS horizon_ts
  FROM events e
  JOIN shares sh ON sh.family = e.family AND sh.series = e.series AND sh.start_ts = e.start_ts
),
-- X from the trough on, looked at first in the trough's first minute, where nearly every book comes
-- back, and in the rest of the horizon only for the events not back to 80% of base0 by then (the
-- benchmark day's horizons hold 1.2M seconds; this reads 0.3M)
first_minute AS MATERIALIZED (
  SELECT h.family, h.series, h.start_ts, h.base0, s.ts, CASE WHEN h.family = 'depth' THEN s.d5 ELSE s.d1 END AS x
  FROM (
    SELECT *,
      unnest(generate_series(trough_ts, least(horizon_ts, trough_ts + INTERVAL 60 SECOND), INTERVAL 1 SECOND)) AS ts
    FROM horizons
  ) h
  JOIN series s ON s.series = h.series AND s.ts = h.ts
),
after_first_minute AS (
  SELECT h.family, h.series, h.start_ts, h.base0, s.ts, CASE WHEN h.family = 'depth' THEN s.d5 ELSE s.d1 END AS x
  FROM (
    SELECT *, unnest(generate_series(trough_ts + INTERVAL 61 SECOND, horizon_ts, INTERVAL 1 SECOND)) AS ts
    FROM horizons e
    WHERE NOT EXISTS (
      SELECT 1 FROM first_minute f
      WHERE f.family = e.family AND f.series = e.series AND f.start_ts = e.start_ts AND f.x >= 0.8 * f.base0
    )
  ) h
  JOIN series s ON s.series = h.series AND s.ts = h.ts
),
recoveries AS (
  SELECT family, series, start_ts, min(ts) FILTER (WHERE x >= 0.5 * base0) AS at50,
    min(ts) FILTER (WHERE x >= 0.8 * base0) AS at80
  FROM (SELECT * FROM first_minute UNION ALL SELECT * FROM after_first_minute)
  GROUP BY family, series, start_ts
),
orders AS (
  SELECT e.family, e.series, e.start_ts, CASE WHEN count(s.o5) >= 60 THEN median(s.o5) END AS obase
  FROM (
    SELECT family, series, start_ts,
      unnest(generate_series(start_ts - INTERVAL 300 SECOND, start_ts - INTERVAL 1 SECOND, INTERVAL 1 SECOND)) AS ts
    FROM events
  ) e
  JOIN series s ON s.series = e.series AND s.ts = e.ts
  GROUP BY e.family, e.series, e.start_ts
),
measured AS (
  SELECT
    h.*,
    CASE WHEN h.family = 'depth' THEN trough.d5 ELSE trough.d1 END AS trough_x,
    trough.o5 AS trough_orders,
    o.obase,
    r.at50,
    r.at80
  FROM horizons h
  JOIN series trough ON trough.series = h.series AND trough.ts = h.trough_ts
  LEFT JOIN recoveries r ON r.family = h.family AND r.series = h.series AND r.start_ts = h.start_ts
  LEFT JOIN orders o ON o.family = h.family AND o.series = h.series AND o.start_ts = h.start_ts
),
labelled AS (
  SELECT
    *,
    CASE WHEN family = 'pull' THEN 'pull' WHEN unexplained_share < 0.5 THEN 'sweep' ELSE 'vacuum' END AS kind
  FROM measured
)
SELECT
  l.kind,
  g.expiry,
  l.opt_type,
  l.strike,
  l.side,
  (l.strike - g.atm_strike) / g.strike_step AS k_at_start,
  l.start_ts,
  l.trough_ts,
  l.end_ts,
  CAST(date_diff('second', l.start_ts, l.end_ts) + 1 AS INTEGER) AS duration_s,
  l.base0 AS base_depth5,
  l.trough_x AS trough_depth5,
  100 * (1 - l.trough_x / l.base0) AS drop_pct,
  l.unexplained_share,
  CASE WHEN l.obase > 0 THEN 100 * (1 - l.trough_orders / l.obase) END AS orders_drop_pct,
  CAST(date_diff('second', l.trough_ts, l.at50) AS INTEGER) AS recover50_s,
  l.at50 IS NULL AS censored50,
  CAST(date_diff('second', l.trough_ts, l.at80) AS INTEGER) AS recover80_s,
  l.at80 IS NULL AS censored80,
  CAST(date_diff('second', l.trough_ts, l.horizon_ts) AS INTEGER) AS followup_s,
  g.dte_days,
  g.dte_bucket,
  strftime(time_bucket(INTERVAL 15 MINUTE, l.start_ts), '%H:%M') AS tod_bucket
FROM labelled l
JOIN spot_grid g ON g.ts = l.start_ts
