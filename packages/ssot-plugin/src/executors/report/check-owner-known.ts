import { SsotUsageError, type ProjectResult } from 'ssot-core';

/** A typo in --owner would give an empty report that passes: name the owners there are instead. */
export function checkOwnerKnown(owner: string, results: readonly ProjectResult[]): void {
  const known = new Set(['(no owner)']);
  for (const result of results) for (const owners of Object.values(result.owners?.files ?? {})) for (const name of owners) known.add(name);
  if (known.has(owner)) return;
  const names = [...known].sort();
  throw new SsotUsageError(`ssot-report: --owner=${owner} owns no site or finding in the checked results. Owners there: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ` and ${names.length - 20} more` : ''}.`);
}
