import type { Table } from 'apache-arrow';
import type { Database } from '../db/database';
import type { Query } from '../sql';

export function runQuery<P>(db: Database, query: Query<P>, params: P): Promise<Table> {
  return db.query(query.text, query.params(params));
}
