// The truth table of the studied days (spec 14): computed from their compact results, exported as
// CSV (COPY on an engine connection of its own) and as the config that produced it.
import { download } from '../export/download';
import { truthConfigJson, truthFileName, writeTruthCsv } from '../export/truthExport';
import { BOOTSTRAP_SEED } from '../stats/resample';
import { useAppStore } from '../store/appStore';
import { fingerprint } from '../truth/fingerprint';
import { DEFAULT_TRUTH_SETTINGS } from '../truth/truthDay';
import { type TruthRow, truthTable } from '../truth/truthTable';
import { downloadFromEngine, exportFailed, loadedNow } from './actions';
import { DEFAULT_SESSION, thresholdsFor } from './market';
import type { DaySummary } from './study';

export type StudiedDay = Extract<DaySummary, { ok: true }>;

/** The study's computed days of an underlying, by trade date. */
export function studiedDays(
  underlying: string,
  days: readonly DaySummary[] = useAppStore.getState().study?.days ?? [],
): StudiedDay[] {
  return days
    .filter((d): d is StudiedDay => d.ok && d.underlying === underlying)
    .sort((a, b) => a.tradeDate.localeCompare(b.tradeDate));
}

const tradeDates = (days: readonly StudiedDay[]) => days.map((d) => d.tradeDate);

export function truthOf(days: readonly StudiedDay[]): TruthRow[] {
  return truthTable(days.map((d) => d.truth));
}

/** The table the study computed at its end: the one on screen. */
export async function exportTruthCsv(underlying: string): Promise<void> {
  const days = studiedDays(underlying);
  const table = useAppStore.getState().study?.tables[underlying];
  if (days.length === 0 || !table) return;
  const name = truthFileName(underlying, tradeDates(days), 'csv');
  await downloadFromEngine(name, 'text/csv', (db) => writeTruthCsv(db, table, name));
}

export async function exportTruthConfig(underlying: string): Promise<void> {
  const days = studiedDays(underlying);
  const loaded = loadedNow();
  if (days.length === 0 || !loaded) return;
  const name = truthFileName(underlying, tradeDates(days), 'config.json');
  try {
    const overrides = useAppStore.getState().study?.overrides ?? {};
    const paths = days.flatMap((d) => loaded.datasets.find((s) => s.key === d.key)?.files ?? []);
    const files = await Promise.all(
      paths.flatMap((path) => {
        const content = loaded.files.get(path)?.content;
        return content ? [fingerprint(path, content)] : [];
      }),
    );
    const buckets = [...new Set(days.map((d) => d.figures.info.dteBucket))].sort();
    const settings = DEFAULT_TRUTH_SETTINGS(DEFAULT_SESSION);
    const text = truthConfigJson({
      thresholds: Object.fromEntries(buckets.map((b) => [b, thresholdsFor(overrides, underlying, b)])),
      bucketStarts: settings.bucketStarts,
      tick: settings.tick,
      bootstrapSeed: BOOTSTRAP_SEED,
      files,
    });
    download(text, name, 'application/json');
  } catch (error) {
    exportFailed(name, error);
  }
}
