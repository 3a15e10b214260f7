-- The summaries of a study of all days, one row per day, for the CSV export; study_day_row fills it.
CREATE OR REPLACE TEMP TABLE study_days (
  underlying VARCHAR,
  trade_date DATE,
  expiry DATE,
  dte_days INTEGER,
  dte_bucket VARCHAR,
  strike_step DOUBLE,
  seconds INTEGER,
  spot_observed_seconds INTEGER,
  bursts INTEGER,
  bursts_up INTEGER,
  bursts_down INTEGER,
  max_abs_move_bps DOUBLE,
  error VARCHAR
)
