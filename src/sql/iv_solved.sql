-- Receives each grid second's forward, ATM IV and the ATM IV's history (by second index from the
-- open), solved outside the engine; NaN for NULL.
CREATE OR REPLACE TEMP TABLE iv_solved (
  second INTEGER, forward DOUBLE, atm_iv DOUBLE, iv_smooth DOUBLE, d_iv_60 DOUBLE, iv_z DOUBLE
)
