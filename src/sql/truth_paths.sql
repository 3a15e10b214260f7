-- A day's spot and ATM straddle (CE + PE mid at each second's ATM strike) at every grid second:
-- all the event study (spec 14) reads of the day, kept where its features are not.
SELECT epoch(ts) AS time, spot, ce_mid + pe_mid AS straddle
FROM features
ORDER BY ts
