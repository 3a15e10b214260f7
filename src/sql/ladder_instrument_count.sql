-- How many instruments ladder_instruments holds: liquidity series are built a few at a time.
SELECT CAST(count(*) AS INTEGER) AS instruments FROM ladder_instruments
