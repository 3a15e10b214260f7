-- The scans' partial rows and the option seconds, once the ATM state and the ladder instruments'
-- states have read them: dropped so that the engine's memory goes to the ladder and the liquidity
-- series.
DROP TABLE IF EXISTS spot_partials;
DROP TABLE IF EXISTS option_partials;
DROP TABLE IF EXISTS option_seconds
