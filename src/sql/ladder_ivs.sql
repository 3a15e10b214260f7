-- Receives the IV of each ladder row, solved outside the engine, in ladder_rows' order (the
-- order of `i`); NaN for NULL.
CREATE OR REPLACE TEMP TABLE ladder_ivs (iv DOUBLE)
