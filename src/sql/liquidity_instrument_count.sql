-- How many instruments liquidity_instruments holds: the series are built a few at a time.
SELECT CAST(count(*) AS INTEGER) AS instruments FROM liquidity_instruments
