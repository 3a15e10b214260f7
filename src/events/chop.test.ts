// Chop pockets (spec 11) on a hand-built spot path, against the spec's formulas computed here
// directly over the same path.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { toColumns, toRows } from '../pipeline/columns';
import { type TickRow, writeTickFile } from '../sample/tickRows';
import { at, clockAt, computePaths, shardPath, tempFolder, testDatabase } from '../test/kit';

let db: Database;
const SECONDS = 22_501;
const TREND = at('11:00:00'); // 600 s of +1 point a second, between two zigzags
const GAP = at('14:00:00'); // 40 s without any row

/** Spot at grid second j: a 1-point zigzag, a 600-point climb, then the zigzag again. */
function spotAt(j: number): number {
  const climbing = j >= TREND && j < TREND + 600;
  return 25_860 + Math.min(Math.max(j - TREND, 0), 600) + (climbing ? 0 : j % 2);
}

/** The spec's chop second, computed over the as-of spot path (NaN-free here after the open). */
function chopSeconds(spot: Float64Array, observed: Uint8Array): boolean[] {
  const L = Array.from(spot, Math.log);
  const ret = L.map((l, j) => (j === 0 ? Number.NaN : l - (L[j - 1] as number)));
  const sum = (from: number, to: number, f: (j: number) => number) => {
    let total = 0;
    for (let j = from; j <= to; j++) total += f(j);
    return total;
  };
  return L.map((l, j) => {
    if (j < 609) return false; // vr_600 needs 600 ten-second moves, the first at the open + 10 s
    const rv300 = Math.sqrt(sum(j - 299, j, (i) => (ret[i] as number) ** 2) / 300);
    const er =
      (Math.abs(l - (L[j - 300] as number)) / sum(j - 299, j, (i) => Math.abs(ret[i] as number))) * Math.sqrt(300);
    const window = L.slice(j - 300, j + 1);
    const rangeZ = (Math.max(...window) - Math.min(...window)) / (rv300 * Math.sqrt(300));
    const move10 = sum(j - 599, j, (i) => ((L[i] as number) - (L[i - 10] as number)) ** 2) / 600;
    const vr = move10 / (10 * (sum(j - 599, j, (i) => (ret[i] as number) ** 2) / 600));
    const seen = sum(j - 299, j, (i) => observed[i] as number);
    return er <= 0.5 && rangeZ <= 1 && vr <= 0.9 && seen >= 270;
  });
}

/** Runs of chop seconds merged over gaps of up to 10 s, kept from 180 s: [start, end] indices. */
function pockets(chop: boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  chop.forEach((c, j) => {
    if (!c) return;
    const last = runs.at(-1);
    if (last && j - last[1] <= 11) last[1] = j;
    else runs.push([j, j]);
  });
  return runs.filter(([s, e]) => e - s + 1 >= 180);
}

let expected: [number, number][];
beforeAll(async () => {
  db = await testDatabase();
  const rows: TickRow[] = [{ time: '09:14:59', spot: spotAt(-1) }];
  for (let j = 0; j < SECONDS; j++) if (j < GAP || j >= GAP + 40) rows.push({ time: clockAt(j), spot: spotAt(j) });
  const path = shardPath(tempFolder(), 'chop.parquet');
  await writeTickFile(db, path, rows);
  await computePaths(db, [path]);
  const spot = Float64Array.from({ length: SECONDS }, (_, j) => spotAt(j < GAP || j >= GAP + 40 ? j : GAP - 1));
  const observed = Uint8Array.from({ length: SECONDS }, (_, j) => Number(j < GAP || j >= GAP + 40));
  expected = pockets(chopSeconds(spot, observed));
}, 120_000);

describe('chop pockets (spec 11)', () => {
  it('marks the chop seconds the formulas give, the first at the open + 609 s', async () => {
    const { chop_second: chop } = toColumns(await db.query('SELECT chop_second FROM chop_seconds ORDER BY ts'));
    const first = chop?.indexOf(1);
    expect(first).toBe(609);
    expect(expected[0]?.[0]).toBe(609);
    // the climb ends chop within seconds (er_star_300); the feed gap ends it for the next 300 s (observed)
    expect(expected.map(([s, e]) => [clockAt(s), clockAt(e)])).toHaveLength(3);
  });

  it('finds the pockets the run rule gives, with their figures', async () => {
    const found = toRows(
      await db.query(
        "SELECT event_id, strftime(start_ts, '%H:%M:%S') AS start, strftime(end_ts, '%H:%M:%S') AS end, duration_s, range_pts, net_move_pts, mean_er_star, dte_bucket, tod_bucket FROM chop",
      ),
    );
    expect(found.map((p) => [p.start, p.end])).toEqual(expected.map(([s, e]) => [clockAt(s), clockAt(e)]));
    const [first] = expected as [[number, number]];
    const spots = Array.from({ length: first[1] - first[0] + 1 }, (_, i) => spotAt(first[0] + i));
    // n s into the climb, spot is n points above the zigzag's low, 300 s before it was n - (n % 2)
    // below, over a path of 300 one-point steps: er_star_300 = net / sqrt(300) <= 0.5 up to net 8
    expect(first[1]).toBe(TREND + 9);
    expect(found[0]).toMatchObject({
      event_id: 1,
      duration_s: first[1] - first[0] + 1,
      range_pts: Math.max(...spots) - Math.min(...spots),
      net_move_pts: spotAt(first[1]) - spotAt(first[0]),
      dte_bucket: '6+',
      tod_bucket: '09:15',
    });
    expect(found[0]?.mean_er_star).toBeGreaterThanOrEqual(0);
  });

  it('gives er_star_300, range_z_300 and vr_600 as the formulas do', async () => {
    const sql = `SELECT er_star_300, range_z_300, vr_600, rv_300 FROM chop_seconds WHERE ts = CAST($1 AS TIMESTAMP)`;
    // 30 s into the climb: |net| = 30 points of 300 one-point steps
    const [row] = toRows(await db.query(sql, [`2026-01-08 ${clockAt(TREND + 30)}`]));
    const L = (j: number) => Math.log(spotAt(j));
    let path = 0;
    for (let j = TREND + 30 - 299; j <= TREND + 30; j++) path += Math.abs(L(j) - L(j - 1));
    expect(row?.er_star_300).toBeCloseTo((Math.abs(L(TREND + 30) - L(TREND - 270)) / path) * Math.sqrt(300), 9);
    // in the zigzag, spot moves one point each second and returns: no net move, no 10 s move
    const [still] = toRows(await db.query(sql, [`2026-01-08 ${clockAt(TREND - 100)}`]));
    expect(still).toMatchObject({ er_star_300: 0, vr_600: 0 });
    expect(still?.range_z_300).toBeCloseTo(1 / Math.sqrt(300), 9);
  });
});
