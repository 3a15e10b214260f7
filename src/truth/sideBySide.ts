// Days played side by side (issue: two to four days, one cursor): each day's seconds placed on
// one x axis in minutes, either from the session's open (the clock) or to its expiry (the expiry
// day's close), so that the same x is the same clock time, or the same time left, on every day.
import { type Session, secondOfDay } from '../pipeline/market';

export type Align = 'clock' | 'expiry';

export interface DayOnAxis {
  /** Grid seconds of the day. */
  seconds: number;
  /** Calendar days from the trade date to the expiry. */
  dteDays: number;
  session: Session;
}

/** Each grid second's x: minutes from the open, or minus the minutes left to the expiry day's close. */
export function dayXs(day: DayOnAxis, align: Align): Float64Array {
  const xs = new Float64Array(day.seconds);
  const open = secondOfDay(day.session.open);
  const expiry = day.dteDays * 86_400 + secondOfDay(day.session.close);
  for (let i = 0; i < xs.length; i++) xs[i] = align === 'clock' ? i / 60 : (open + i - expiry) / 60;
  return xs;
}

/** The x range that holds every day: the same scale on every chart, so that one x is one moment. */
export function sharedRange(xs: readonly Float64Array[]): [number, number] {
  const firsts = xs.flatMap((x) => (x.length > 0 ? [x[0] as number] : []));
  const lasts = xs.flatMap((x) => (x.length > 0 ? [x[x.length - 1] as number] : []));
  return firsts.length > 0 ? [Math.min(...firsts), Math.max(...lasts)] : [0, 1];
}

/** An axis label: the clock time at `minutes` from the open, or the time left to the expiry. */
export function axisLabel(minutes: number, align: Align, session: Session): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (align === 'clock') {
    const at = secondOfDay(session.open) + Math.round(minutes * 60);
    return `${pad(Math.floor(at / 3600))}:${pad(Math.floor((at % 3600) / 60))}`;
  }
  const left = Math.round(-minutes);
  if (left === 0) return 'expiry';
  const days = Math.floor(left / 1440);
  const hm = `${Math.floor((left % 1440) / 60)}h${pad(left % 60)}`;
  return days > 0 ? `-${days}d ${hm}` : `-${hm}`;
}
