import { getLogger } from '@acme/json';

export function report(rows: string[]): void {
  getLogger().warn(`${rows.length} rows`);
  console.table(rows);
  console.info('rows', rows.length);
}
