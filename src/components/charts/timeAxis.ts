// The feature times are epoch seconds holding the IST wall clock read as if it were UTC, so every
// formatter here reads UTC fields: the axis says 09:15 at the open on a machine in any zone.
import uPlot from 'uplot';

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** 'HH:MM:SS' (or 'HH:MM') of a feature time. */
export function formatClock(epochSeconds: number, withSeconds = true): string {
  const date = new Date(epochSeconds * 1000);
  const hm = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return withSeconds ? `${hm}:${pad(date.getUTCSeconds())}` : hm;
}

/** For uPlot's own split placement (whole minutes, hours): the same UTC reading. */
export const utcTzDate = (ts: number): Date => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC');

/** x-axis labels: HH:MM, or HH:MM:SS once the ticks are less than a minute apart. */
export const timeAxisValues: uPlot.Axis.DynamicValues = (_u, splits, _axis, _space, increment) =>
  splits.map((value) => formatClock(value, increment < 60));
