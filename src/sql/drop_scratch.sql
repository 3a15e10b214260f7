-- What the later stages no longer read: the scans' partial rows, the option seconds (the ATM state
-- has read them, the ladder's instruments hold their states) and the ladder's inputs, dropped so
-- that the engine's memory goes to liquidity_series and the event tables.
DROP TABLE IF EXISTS spot_partials;
DROP TABLE IF EXISTS option_partials;
DROP TABLE IF EXISTS option_seconds;
DROP TABLE IF EXISTS ladder_rows;
DROP TABLE IF EXISTS ladder_ivs;
DROP TABLE IF EXISTS iv_solved
