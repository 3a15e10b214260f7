-- Per grid second, what fear spikes are made of (spec 10): the IV state, spot and its 60 s log
-- move, the ATM straddle, and whether the second is soft or hard; also the soft seconds as the
-- run rule's input (run_seconds). $1 d_iv_min, $2 soft iv_z, $3 hard iv_z, $4 the time from which
-- an expiry day's seconds are not eligible ('HH:MM:SS').
CREATE OR REPLACE TEMP TABLE fear_seconds AS
WITH seconds AS (
  SELECT
    i.*,
    m.spot,
    lag(m.spot, 60) OVER (ORDER BY i.ts) AS spot_60,
    m.ce_mid + m.pe_mid AS straddle,
    NOT (m.dte_days = 0 AND CAST(i.ts AS TIME) >= CAST($4 AS TIME)) AS eligible
  FROM iv_seconds i
  JOIN market_state m USING (ts)
)
SELECT
  * EXCLUDE (eligible),
  coalesce(eligible AND iv_z >= $2, false) AS soft,
  coalesce(eligible AND iv_z >= $3 AND d_iv_60 >= $1 AND ln(spot / spot_60) IS NOT NULL, false) AS hard
FROM seconds
ORDER BY ts
