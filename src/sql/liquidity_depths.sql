-- D5 and D1 of every row of liquidity_sides in its stored order, `i`'s (series, then time), as numbers,
-- for their trailing medians (the bases of spec 9), computed outside the engine.
SELECT series, CAST(d5 AS DOUBLE) AS d5, CAST(d1 AS DOUBLE) AS d1 FROM liquidity_sides
