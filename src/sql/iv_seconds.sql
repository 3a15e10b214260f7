-- Per grid second, the forward, ATM IV, iv_smooth, d_iv_60 and iv_z of spec 10, solved outside the
-- engine into iv_solved (by second index from the open; NaN for NULL). src/stats/ivHistory.ts
-- says why the history is not a window query here.
CREATE OR REPLACE TEMP TABLE iv_seconds AS
SELECT
  g.ts,
  CASE WHEN NOT isnan(v.forward) THEN v.forward END AS forward,
  CASE WHEN NOT isnan(v.atm_iv) THEN v.atm_iv END AS atm_iv,
  CASE WHEN NOT isnan(v.iv_smooth) THEN v.iv_smooth END AS iv_smooth,
  CASE WHEN NOT isnan(v.d_iv_60) THEN v.d_iv_60 END AS d_iv_60,
  CASE WHEN NOT isnan(v.iv_z) THEN v.iv_z END AS iv_z
FROM (SELECT ts, CAST(row_number() OVER (ORDER BY ts) - 1 AS INTEGER) AS second FROM spot_grid) g
JOIN iv_solved v ON v.second = g.second
ORDER BY g.ts
