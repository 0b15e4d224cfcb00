import type { ReexportShim } from './collect-inventory';
import { describeFiles, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

/**
 * Legacy paths: a file that only re-exports another project's export (a shim), imported by some
 * files while others import the export from its own project. The shim's import specifiers become
 * the entry's `legacyPaths`; a relative specifier is replaced by the shim's workspace path, which
 * matches however a file reaches it.
 */
export function proposeLegacyPaths(candidates: Candidate[], uses: Map<string, CandidateUse>, shims: ReexportShim[]): ProposalFacet[] {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const facets: ProposalFacet[] = [];
  for (const shim of shims) {
    if (shim.importedAs.size === 0) continue;
    for (const forward of shim.forwards) {
      const candidate = byId.get(`${forward.target}#${forward.imported}`);
      const use = candidate && uses.get(candidate.id);
      if (!candidate || !use) continue;
      const specifiers = [...shim.importedAs.keys()].sort();
      const legacyPaths = [...new Set(specifiers.map((specifier) => (specifier.startsWith('.') ? shim.file : specifier)))];
      const importers = [...new Set([...shim.importedAs.values()].flatMap((files) => [...files]))].sort();
      const alias = forward.exported === forward.imported ? '' : ` as ${forward.exported}`;
      facets.push({
        candidate,
        family: 'legacy-paths',
        legacyPaths,
        projects: [...new Set([...use.projects, shim.project])],
        evidence: `legacy path: ${shim.file} only re-exports ${candidate.name}${alias}; imported as ${specifiers.map((s) => `'${s}'`).join(', ')} from ${plural(importers.length, 'file')} (${describeFiles(importers)})`,
      });
    }
  }
  return facets;
}
