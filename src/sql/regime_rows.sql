-- Each minute's regime for the screen's ribbon: the minute's start as epoch seconds (IST wall
-- clock read as UTC, like the features' time) and its label.
SELECT CAST(epoch(minute_ts) AS DOUBLE) AS minute_time, regime
FROM regime_minutes
ORDER BY minute_ts
