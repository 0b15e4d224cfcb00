import { describeFiles, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

const FACTORY_PREFIXES = ['create', 'get', 'make'];

/**
 * Factories: a class with a `create*` / `get*` / `make*` function named after it in the same
 * project (`getExecutionEngine` for `ExecutionEngine`), used somewhere, while other code still
 * calls `new` on the class. Without a type checker the name stands for "returns the class".
 */
export function proposeFactories(candidates: Candidate[], uses: Map<string, CandidateUse>): ProposalFacet[] {
  const functions = candidates.filter((candidate) => candidate.kind === 'function');
  const facets: ProposalFacet[] = [];
  for (const cls of candidates) {
    const classUse = uses.get(cls.id);
    if (cls.kind !== 'class' || !classUse || classUse.constructions === 0) continue;
    const names = new Set(FACTORY_PREFIXES.map((prefix) => `${prefix}${cls.name}`));
    const factory = functions.find((fn) => fn.project === cls.project && names.has(fn.name) && uses.has(fn.id));
    const factoryUse = factory && uses.get(factory.id);
    if (!factory || !factoryUse) continue;
    facets.push({
      candidate: cls,
      family: 'factories',
      factory: factory.name,
      projects: [...new Set([...classUse.projects, ...factoryUse.projects])],
      evidence: `factory: ${factory.name}() is used in ${plural(factoryUse.files.length, 'file')} (${describeFiles(factoryUse.files)}), while new ${cls.name}() appears at ${plural(classUse.constructions, 'site')}`,
    });
  }
  return facets;
}
