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
