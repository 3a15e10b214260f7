// `market-truth truth`: the truth tables (spec 14) of the days built, one CSV and config per
// underlying, from the same modules as the app.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../src/db/database';
import { truthConfigJson, truthFileName, writeTruthCsv } from '../src/export/truthExport';
import type { ThresholdOverrides } from '../src/pipeline/market';
import { thresholdsFor } from '../src/pipeline/market';
import type { FileFingerprint } from '../src/truth/fingerprint';
import type { TruthDay, TruthSettings } from '../src/truth/truthDay';
import { truthTable } from '../src/truth/truthTable';

export interface BuiltDay {
  underlying: string;
  tradeDate: string;
  dteBucket: string;
  truth: TruthDay;
  files: FileFingerprint[];
}

/** Writes truth_<U>_<FIRST>_<LAST>.csv and .config.json per underlying into `out`; returns the names. */
export async function writeTruthTables(
  db: Database,
  out: string,
  days: readonly BuiltDay[],
  settings: TruthSettings & { seed: number; overrides: ThresholdOverrides },
): Promise<string[]> {
  const written: string[] = [];
  for (const underlying of [...new Set(days.map((d) => d.underlying))].sort()) {
    const own = days.filter((d) => d.underlying === underlying);
    const dates = own.map((d) => d.tradeDate);
    const csv = truthFileName(underlying, dates, 'csv');
    await writeTruthCsv(
      db,
      truthTable(
        own.map((d) => d.truth),
        settings.seed,
      ),
      join(out, csv),
    );
    const buckets = [...new Set(own.map((d) => d.dteBucket))].sort();
    const config = truthConfigJson({
      thresholds: Object.fromEntries(buckets.map((b) => [b, thresholdsFor(settings.overrides, underlying, b)])),
      bucketStarts: settings.bucketStarts,
      tick: settings.tick,
      bootstrapSeed: settings.seed,
      files: own.flatMap((d) => d.files),
    });
    const name = truthFileName(underlying, dates, 'config.json');
    writeFileSync(join(out, name), config);
    written.push(csv, name);
  }
  return written;
}
