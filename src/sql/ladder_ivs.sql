-- Receives the IV of each ladder row (by its `i`), solved outside the engine; NaN for NULL.
CREATE OR REPLACE TEMP TABLE ladder_ivs (i INTEGER, iv DOUBLE)
