// The only Arrow-to-JS converter. Numbers (and booleans, as 1/0) become Float64Array with NaN for
// NULL, read through each chunk's validity bitmap: a plain toArray() would turn NULL into 0.
import { type Table, Type, type Vector } from 'apache-arrow';

export type Columns = Record<string, Float64Array>;
export type Rows = Record<string, unknown>[];

/** 0, 1, ..., count - 1: the row numbers of a column handed back to the engine. */
export function indices(count: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = i;
  return out;
}

function isValid(bitmap: Uint8Array | null | undefined, index: number): boolean {
  return !bitmap || bitmap.length === 0 || ((bitmap[index >> 3] ?? 0) & (1 << (index & 7))) !== 0;
}

export function numberColumn(vector: Vector): Float64Array {
  const out = new Float64Array(vector.length);
  let at = 0;
  for (const chunk of vector.data) {
    const bitmap = chunk.nullCount > 0 ? chunk.nullBitmap : undefined;
    if (chunk.typeId === Type.Float && chunk.values instanceof Float64Array) {
      out.set(chunk.values.subarray(chunk.offset, chunk.offset + chunk.length), at);
      if (bitmap)
        for (let i = 0; i < chunk.length; i++) if (!isValid(bitmap, chunk.offset + i)) out[at + i] = Number.NaN;
    } else {
      const part = vector.slice(at, at + chunk.length);
      for (let i = 0; i < chunk.length; i++) {
        const value = part.get(i);
        out[at + i] = value === null || value === undefined ? Number.NaN : Number(value);
      }
    }
    at += chunk.length;
  }
  return out;
}

/** Every column of a query result as a NaN-for-NULL Float64Array (numbers and booleans only). */
export function toColumns(table: Table): Columns {
  const columns: Columns = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    if (vector) columns[field.name] = numberColumn(vector);
  }
  return columns;
}

/** Small results (a few rows: bursts, datasets) as plain objects, NULL as null, integers as numbers. */
export function toRows(table: Table): Rows {
  return table.toArray().map((row: { toJSON(): unknown }) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row.toJSON() as Record<string, unknown>)) {
      out[key] = typeof value === 'bigint' ? Number(value) : (value ?? null);
    }
    return out;
  });
}
