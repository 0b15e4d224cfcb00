import type { CandidateUse } from '../proposal';

/** A measured use for family specs: used from `files`, one site each, nothing else unless `extra` says so. */
export function candidateUse(files: string[], extra: Partial<CandidateUse> = {}): CandidateUse {
  return { sites: files.length, files, handleFiles: [], injectedFiles: [], literalSites: 0, literalFiles: [], literalPerFile: {}, constructions: 0, projects: ['app'], ...extra };
}
