-- Per front-expiry option instrument inside the ladder's band (the ATM strikes of the day
-- +/- N steps) and per second, over the files behind
-- `ticks` (one scan group; run into table option_partials like spot_partials): the last row's
-- order key and quote, and the volume traded (flow). option_seconds merges the groups and shares.
-- The last row is taken whole (spec 2 order, see order_in_second). arg_max skips NULL values, so
-- a value that cannot occur stands for NULL until the merge (-1 for prices, which are > 0 here;
-- the smallest BIGINT for quantities): every field then comes from the same row. (arg_max over
-- one STRUCT ran out of memory in DuckDB 0.9.)
-- $1 underlying, $2 first instant of the day, $3 end of the last second, $4 front expiry,
-- $5 lowest and $6 highest strike key.
-- Volume is summed exactly (HUGEINT) and kept as a DOUBLE, which cannot overflow: exact below 2^53,
-- which no real volume nears; a vendor's absurd vol_delta no longer fails the day (see the merge).
WITH quotes AS (
  SELECT
    opt_type,
    strike_key,
    ts,
    order_in_second,
    vol_delta,
    CASE WHEN bp0 > 0 THEN bp0 END AS bid,
    CASE WHEN sp0 > 0 THEN sp0 END AS ask,
    CASE WHEN bp0 > 0 THEN bq0 END AS bid_qty,
    CASE WHEN sp0 > 0 THEN sq0 END AS ask_qty,
    -- a level counts when its price is non-empty; an observed empty side has depth 0
    CASE WHEN bp0 > 0 THEN coalesce(bq0, 0) ELSE 0 END + CASE WHEN bp1 > 0 THEN coalesce(bq1, 0) ELSE 0 END
      + CASE WHEN bp2 > 0 THEN coalesce(bq2, 0) ELSE 0 END + CASE WHEN bp3 > 0 THEN coalesce(bq3, 0) ELSE 0 END
      + CASE WHEN bp4 > 0 THEN coalesce(bq4, 0) ELSE 0 END AS bid_depth5,
    CASE WHEN sp0 > 0 THEN coalesce(sq0, 0) ELSE 0 END + CASE WHEN sp1 > 0 THEN coalesce(sq1, 0) ELSE 0 END
      + CASE WHEN sp2 > 0 THEN coalesce(sq2, 0) ELSE 0 END + CASE WHEN sp3 > 0 THEN coalesce(sq3, 0) ELSE 0 END
      + CASE WHEN sp4 > 0 THEN coalesce(sq4, 0) ELSE 0 END AS ask_depth5,
    -- orders over the same levels; NULL from a file without order counts (spec 8)
    CASE WHEN has_bo THEN
      CASE WHEN bp0 > 0 THEN coalesce(bo0, 0) ELSE 0 END + CASE WHEN bp1 > 0 THEN coalesce(bo1, 0) ELSE 0 END
        + CASE WHEN bp2 > 0 THEN coalesce(bo2, 0) ELSE 0 END + CASE WHEN bp3 > 0 THEN coalesce(bo3, 0) ELSE 0 END
        + CASE WHEN bp4 > 0 THEN coalesce(bo4, 0) ELSE 0 END
    END AS bid_orders5,
    CASE WHEN has_so THEN
      CASE WHEN sp0 > 0 THEN coalesce(so0, 0) ELSE 0 END + CASE WHEN sp1 > 0 THEN coalesce(so1, 0) ELSE 0 END
        + CASE WHEN sp2 > 0 THEN coalesce(so2, 0) ELSE 0 END + CASE WHEN sp3 > 0 THEN coalesce(so3, 0) ELSE 0 END
        + CASE WHEN sp4 > 0 THEN coalesce(so4, 0) ELSE 0 END
    END AS ask_orders5
  FROM ticks
  WHERE underlying = $1 AND ts >= CAST($2 AS TIMESTAMP) AND ts < CAST($3 AS TIMESTAMP)
    AND expiry = CAST($4 AS DATE) AND strike_key BETWEEN $5 AND $6 AND opt_type IS NOT NULL
    -- the same band on the raw column, which the Parquet scan can use to skip row groups
    AND strike BETWEEN CAST($5 AS DOUBLE) / 100 - 0.005 AND CAST($6 AS DOUBLE) / 100 + 0.005
)
SELECT
  opt_type,
  strike_key,
  date_trunc('second', ts) AS sec,
  max(order_in_second) AS last_order,
  arg_max(coalesce(bid, -1), order_in_second) AS bid,
  arg_max(coalesce(ask, -1), order_in_second) AS ask,
  CAST(arg_max(coalesce(bid_qty, -9223372036854775808), order_in_second) AS BIGINT) AS bid_qty,
  CAST(arg_max(coalesce(ask_qty, -9223372036854775808), order_in_second) AS BIGINT) AS ask_qty,
  CAST(arg_max(bid_depth5, order_in_second) AS BIGINT) AS bid_depth5,
  CAST(arg_max(ask_depth5, order_in_second) AS BIGINT) AS ask_depth5,
  CAST(arg_max(coalesce(bid_orders5, -9223372036854775808), order_in_second) AS BIGINT) AS bid_orders5,
  CAST(arg_max(coalesce(ask_orders5, -9223372036854775808), order_in_second) AS BIGINT) AS ask_orders5,
  CAST(coalesce(sum(vol_delta), 0) AS DOUBLE) AS volume
FROM quotes
GROUP BY opt_type, strike_key, date_trunc('second', ts)
