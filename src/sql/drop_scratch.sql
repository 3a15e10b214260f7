-- The ladder's inputs, once the ladder and iv_seconds are built from them: dropped so that the
-- engine's memory goes to the event tables.
DROP TABLE IF EXISTS ladder_rows;
DROP TABLE IF EXISTS ladder_ivs;
DROP TABLE IF EXISTS iv_solved
