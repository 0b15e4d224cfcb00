export function report(rows: string[]): void {
  console.warn(`${rows.length} rows`);
  console.table(rows);
  console.info('rows', rows.length);
}
