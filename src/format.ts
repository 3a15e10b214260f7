// Display formats: IST wall clock whatever the machine's zone, prices to the tick's decimals,
// quantities grouped the Indian way (1,23,450). No Intl: the output is the same everywhere.

export const DASH = '–';

/** 'HH:MM:SS' of an epoch second that holds the IST wall-clock time read as UTC. */
export function clockTime(epochSeconds: number): string {
  return Number.isFinite(epochSeconds) ? new Date(epochSeconds * 1000).toISOString().slice(11, 19) : DASH;
}

function group(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  return `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${digits.slice(-3)}`;
}

/** 123450 -> '1,23,450'; NaN (NULL) -> a dash. */
export function indianNumber(value: number, decimals = 0): string {
  if (Number.isNaN(value)) return DASH;
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  return `${value < 0 ? '-' : ''}${group(whole)}${fraction ? `.${fraction}` : ''}`;
}

export function price(value: number): string {
  return indianNumber(value, 2);
}

export function fixed(value: number, decimals: number): string {
  return Number.isNaN(value) ? DASH : value.toFixed(decimals);
}

export function scientific(value: number): string {
  return Number.isNaN(value) ? DASH : value.toExponential(2);
}

/** An error's message, for the screen or a report (a thrown non-Error as text). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Days to expiry in words: 'expiry day', '1 day to expiry', '4 days to expiry'. */
export function dteWords(days: number): string {
  return days === 0 ? 'expiry day' : `${days} day${days === 1 ? '' : 's'} to expiry`;
}

/** A burst's direction as its glyph, so that colour is never the only cue. */
export const ARROW: Readonly<Record<string, string>> = { up: '▲', down: '▼', flat: '◆' };
