-- The ladder as spec 8 writes it: the dataset's names, then ladder_values in its order.
CREATE OR REPLACE TEMP VIEW ladder AS
SELECT d.underlying, d.trade_date, l.*
FROM (SELECT underlying, trade_date FROM spot_grid LIMIT 1) d
CROSS JOIN ladder_values l
ORDER BY l.ts, l.k, l.opt_type
