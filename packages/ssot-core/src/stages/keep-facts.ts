import type { FileFacts, KeptFacts } from '../scan/file-facts';

/** The facts that outlive a file's own analysis, for other files and the detectors. */
export type KeptFactName = Exclude<keyof KeptFacts, 'file' | 'syntaxError'>;

export const KEPT_FACTS: readonly KeptFactName[] = ['bindings', 'exports', 'declarations', 'catches', 'constants'];

/** What export chains read of every file, whatever the detectors. */
export const ALWAYS_KEPT: readonly KeptFactName[] = ['bindings', 'exports'];

/**
 * The kept part of `facts`, as a new object (the site facts are left to the garbage collector):
 * bindings and exports, the names in `keep`, and empty lists for the others, which nobody in this
 * run reads.
 */
export function keepFacts(facts: FileFacts, keep: readonly KeptFactName[] = KEPT_FACTS): KeptFacts {
  const kept: KeptFacts = { file: facts.file, bindings: facts.bindings, exports: facts.exports, declarations: [], catches: [], constants: [] };
  for (const name of keep) assignFact(kept, facts, name);
  if (facts.syntaxError) kept.syntaxError = facts.syntaxError;
  return kept;
}

function assignFact<Name extends KeptFactName>(target: KeptFacts, source: KeptFacts, name: Name): void {
  target[name] = source[name];
}
