-- Receives the median of D5 (base) and of D1 (base1) over each row's 300 rows before it, one
-- row for each of liquidity_sides' in its order; NaN for NULL (fewer than 60 values). Computed in TypeScript
-- (src/stats/sortedWindow.ts): DuckDB 0.9's windowed median took 0.9 s per 0.7M rows, four times
-- over on the benchmark day, and gave wrong values on some frames of the ATM IV's history.
CREATE OR REPLACE TEMP TABLE liquidity_bases (base DOUBLE, base1 DOUBLE)
