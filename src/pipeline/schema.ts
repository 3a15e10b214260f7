// Turns one Parquet file's schema into the SELECT that gives its rows the app's one shape, or
// into the exact reason the file cannot be used (spec 1).
import { sqlIdentifier, sqlString } from '../db/database';

/** The start of the reason given when neither the columns nor the path name the underlying. */
export const NO_UNDERLYING = 'cannot tell the underlying';

export interface ColumnType {
  name: string;
  type: string;
}

/**
 * Where a file's row-group statistics give its datasets (see datasetsFromStatistics): a naive
 * TIMESTAMP column, and the underlying as a text column or the one the path names.
 */
export interface StatisticsColumns {
  timestamp: string;
  underlying: { column: string } | { value: string };
}

/**
 * How to read a file in the app's one shape: `SELECT columns FROM read_parquet([paths], options)`.
 * Files with the same columns and options are read together, in one scan (see scanSql).
 */
export interface FileScan {
  columns: string;
  options: string;
}

export type FileShape =
  | { ok: true; scan: FileScan; statistics?: StatisticsColumns; notes: string[] }
  | { ok: false; reason: string };

/** The rows of `paths` (files that share `scan`) in the app's one shape. */
export function scanSql(scan: FileScan, paths: readonly string[]): string {
  const list = paths.map(sqlString).join(', ');
  return `SELECT\n${scan.columns}\nFROM read_parquet([${list}]${scan.options})`;
}

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
const NUMBER =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL.*)$/;
const FLOATING = /^(FLOAT|REAL|DOUBLE)$/;
const TIMESTAMP = /^TIMESTAMP(_S|_MS|_NS)?$/;
const TIMESTAMP_TZ = /^TIMESTAMP WITH TIME ZONE$/;
const TEXT = /^VARCHAR$/;
const LEVELS = [0, 1, 2, 3, 4];
const IST_OFFSET = 'INTERVAL 330 MINUTE';

/** The normalized columns, in order; every file's SELECT gives exactly these. */
export const TICK_COLUMNS = [
  'path',
  'row_no',
  'ts',
  'underlying',
  'expiry',
  'opt_type',
  'strike',
  'strike_key',
  ...['bp', 'sp', 'bq', 'sq', 'bo', 'so'].flatMap((p) => LEVELS.map((i) => `${p}${i}`)),
  'has_bo',
  'has_so',
  'spot',
  'vol_delta',
];

export function fileShape(path: string, columns: ColumnType[], pathUnderlying: string | undefined): FileShape {
  // DuckDB's column names differ in more than case: 0.9 refuses a file whose names do not, and
  // 1.x renames the second of two such columns, STRIKE beside strike read as STRIKE_1
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  const notes = columns.flatMap((c) => {
    const base = /^(.+)_\d+$/.exec(c.name)?.[1];
    const used = base && byName.get(base.toLowerCase());
    return used && used.name !== base
      ? [`columns '${used.name}' and '${base}' differ only in case: '${used.name}' is used`]
      : [];
  });
  const problems: string[] = [];
  const col = (name: string) => byName.get(name);
  const ref = (name: string) => sqlIdentifier(col(name)?.name ?? name);

  const need = (name: string, accepts: RegExp, what: string): string | undefined => {
    const c = col(name);
    if (!c) problems.push(`missing required column '${name}'`);
    else if (!accepts.test(c.type)) problems.push(`column '${c.name}' has type ${c.type}, expected ${what}`);
    else return ref(name);
    return undefined;
  };
  // NaN and infinities are no value: NULL (in DuckDB NaN > 0 is true, and NaN cannot become an integer)
  const value = (name: string, found: string | undefined, type: 'DOUBLE' | 'BIGINT'): string => {
    if (!found) return `CAST(NULL AS ${type})`;
    const finite = FLOATING.test(col(name)?.type ?? '') ? `CASE WHEN isfinite(${found}) THEN ${found} END` : found;
    return type === 'BIGINT' ? `TRY_CAST(${finite} AS BIGINT)` : `CAST(${finite} AS DOUBLE)`;
  };
  const optional = (name: string, accepts: RegExp, what: string): string | undefined => {
    const c = col(name);
    if (c && !accepts.test(c.type)) problems.push(`column '${c.name}' has type ${c.type}, expected ${what}`);
    return c && accepts.test(c.type) ? ref(name) : undefined;
  };

  let ts = 'CAST(NULL AS TIMESTAMP)';
  const timestamp = col('timestamp');
  if (timestamp && TIMESTAMP.test(timestamp.type)) ts = `CAST(${ref('timestamp')} AS TIMESTAMP)`;
  else if (timestamp && TIMESTAMP_TZ.test(timestamp.type))
    ts = `CAST(${ref('timestamp')} AS TIMESTAMP) + ${IST_OFFSET}`; // the cast gives UTC wall time
  else if (timestamp) problems.push(`column '${timestamp.name}' has type ${timestamp.type}, expected a TIMESTAMP`);
  else if (col('timestamp_ns')) {
    const ns = need('timestamp_ns', INTEGER, 'INT64 nanoseconds');
    if (ns) ts = `make_timestamp(CAST(${ns} AS BIGINT) // 1000) + ${IST_OFFSET}`;
  } else problems.push("missing required column 'timestamp' (or 'timestamp_ns')");

  const expiryCol = col('expiry');
  let expiry = 'CAST(NULL AS DATE)';
  if (!expiryCol) problems.push("missing required column 'expiry'");
  else if (expiryCol.type === 'DATE') expiry = ref('expiry');
  else if (TIMESTAMP.test(expiryCol.type)) expiry = `CAST(CAST(${ref('expiry')} AS TIMESTAMP) AS DATE)`;
  else if (TIMESTAMP_TZ.test(expiryCol.type))
    expiry = `CAST(CAST(${ref('expiry')} AS TIMESTAMP) + ${IST_OFFSET} AS DATE)`; // the IST date
  else if (TEXT.test(expiryCol.type)) expiry = `TRY_CAST(${ref('expiry')} AS DATE)`;
  else problems.push(`column '${expiryCol.name}' has type ${expiryCol.type}, expected a DATE`);

  const optType = need('opt_type', TEXT, 'text');
  const strike = need('strike', NUMBER, 'a number');
  const spot = need('spot_price', NUMBER, 'a number');
  const volDelta = need('vol_delta', NUMBER, 'an integer');
  const level = (prefix: string, i: number, type: 'DOUBLE' | 'BIGINT') => {
    const name = `${prefix}${i}`;
    const found =
      i === 0 && (prefix === 'bp' || prefix === 'sp' || prefix === 'bq' || prefix === 'sq')
        ? need(name, NUMBER, 'a number')
        : optional(name, NUMBER, 'a number');
    return `${value(name, found, type)} AS ${name}`;
  };

  const underlyingCol = col('underlying') ?? col('symbol');
  const underlyingSource: StatisticsColumns['underlying'] | undefined =
    underlyingCol && TEXT.test(underlyingCol.type)
      ? { column: underlyingCol.name }
      : pathUnderlying
        ? { value: pathUnderlying }
        : undefined;
  if (!underlyingSource) problems.push(`${NO_UNDERLYING}: no underlying/symbol column, and the path names none`);

  if (problems.length > 0 || !underlyingSource) return { ok: false, reason: problems.join('; ') };
  const underlying =
    'column' in underlyingSource
      ? `CAST(${sqlIdentifier(underlyingSource.column)} AS VARCHAR)`
      : sqlString(underlyingSource.value);

  // strike stays a plain column so that the strike band reaches the Parquet scan
  const strikeValue = `CAST(${strike} AS DOUBLE)`;
  // read_parquet's filename and file_row_number options cannot name a column the file has: such a
  // file is read alone, its path a literal and its rows numbered in file order by the scan
  const ownRowNumber = byName.has('file_row_number');
  const alone = ownRowNumber || byName.has('filename');
  const select = [
    `  ${alone ? sqlString(path) : 'filename'} AS path,`,
    `  ${ownRowNumber ? 'row_number() OVER () - 1' : 'file_row_number'} AS row_no,`,
    `  ${ts} AS ts,`,
    `  ${underlying} AS underlying,`,
    `  ${expiry} AS expiry,`,
    `  CASE WHEN upper(trim(${optType})) IN ('CE', 'C', 'CALL') THEN 'CE'`,
    `       WHEN upper(trim(${optType})) IN ('PE', 'P', 'PUT') THEN 'PE' END AS opt_type,`,
    `  ${strikeValue} AS strike,`,
    `  TRY_CAST(round(${strikeValue} * 100) AS BIGINT) AS strike_key,`,
    ...['bp', 'sp'].flatMap((p) => LEVELS.map((i) => `  ${level(p, i, 'DOUBLE')},`)),
    ...['bq', 'sq', 'bo', 'so'].flatMap((p) => LEVELS.map((i) => `  ${level(p, i, 'BIGINT')},`)),
    // order counts are NULL, not 0, from a file without them (spec 8)
    `  ${byName.has('bo0')} AS has_bo,`,
    `  ${byName.has('so0')} AS has_so,`,
    `  ${value('spot_price', spot, 'DOUBLE')} AS spot,`,
    `  ${value('vol_delta', volDelta, 'BIGINT')} AS vol_delta`,
  ].join('\n');
  const options = `${alone ? '' : ', filename = true'}${ownRowNumber ? '' : ', file_row_number = true'}`;
  // statistics of a time-zone-aware or integer timestamp would need its conversion: the rows tell
  const naive = timestamp && TIMESTAMP.test(timestamp.type);
  const statistics = naive ? { timestamp: timestamp.name, underlying: underlyingSource } : undefined;
  return { ok: true, scan: { columns: select, options }, statistics, notes };
}
