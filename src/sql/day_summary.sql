-- One computed day at a glance, from its market state and bursts: grid seconds, the seconds
-- with spot observed, and the bursts by direction with the largest absolute move.
SELECT
  CAST((SELECT count(*) FROM market_state) AS DOUBLE) AS seconds,
  CAST((SELECT count(*) FILTER (WHERE spot_observed) FROM market_state) AS DOUBLE) AS spot_observed_seconds,
  CAST(count(*) AS DOUBLE) AS bursts,
  CAST(count(*) FILTER (WHERE direction = 'up') AS DOUBLE) AS bursts_up,
  CAST(count(*) FILTER (WHERE direction = 'down') AS DOUBLE) AS bursts_down,
  max(abs(move_bps)) AS max_abs_move_bps
FROM bursts
