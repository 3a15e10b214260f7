-- Receives each grid second's forward and ATM IV (by second index from the open), solved
-- outside the engine; NaN for NULL.
CREATE OR REPLACE TEMP TABLE iv_solved (second INTEGER, forward DOUBLE, atm_iv DOUBLE)
