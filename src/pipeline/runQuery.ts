import type { Table } from 'apache-arrow';
import type { Database } from '../db/database';
import type { Query } from '../sql';

export async function runQuery<P>(db: Database, query: Query<P>, params: P): Promise<Table> {
  const start = performance.now();
  try {
    return await db.query(query.text, query.params(params));
  } finally {
    // each query's time in the browser's performance timeline (DevTools, the benchmark)
    performance.measure(`query ${query.name}`, { start });
  }
}

/**
 * Runs a SELECT into the temp table of the query's name: created, or with `append` added to
 * (a dataset's files are scanned in groups, see scanShares).
 */
export function runInto<P>(db: Database, query: Query<P>, params: P, append: boolean): Promise<Table> {
  const text = append
    ? `INSERT INTO ${query.name} SELECT * FROM (\n${query.text}\n)`
    : `CREATE OR REPLACE TEMP TABLE ${query.name} AS\n${query.text}`;
  return runQuery(db, { ...query, text }, params);
}
