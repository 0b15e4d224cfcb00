import type { BypassMatcher } from '../registry/normalized-registry';
import { splitWords } from './name-words';
import { describeFiles, MIN_CANDIDATE_FILES, plural, outside, type Candidate, type CandidateUse, type MatcherUse, type ProposalFacet } from './proposal';

/** A well-known way around an SSOT, and how the workspace's own SSOT for it tends to be named. */
export interface BypassFamily {
  id: string;
  /** What the family is about, in evidence sentences. */
  concern: string;
  /** Names that say "I am the SSOT for this" (matched against class and function names). */
  candidateName: RegExp;
  /**
   * Names that say only a role the concern shares with others (`Serializer`: of JSON, of router
   * state, of forms): such a candidate pairs only when its own source uses the family's bypasses,
   * i.e. it wraps them. The name alone would pair any `*Serializer` with JSON.
   */
  roleName?: RegExp;
  matchers: BypassMatcher[];
  /**
   * Whether an injected service may take this family's bypasses because the files that inject it
   * use them too. False where the bypass is everywhere (`new Error`): co-occurrence says nothing.
   */
  pairsBeside: boolean;
}

export const BYPASS_FAMILIES: BypassFamily[] = [
  {
    id: 'logging',
    concern: 'logging',
    candidateName: /Logger$|^Log(ging)?Service$|^Logging$/,
    matchers: [{ kind: 'global', path: 'console' }],
    pairsBeside: true,
  },
  {
    id: 'config',
    concern: 'configuration',
    // `Config` alone, `AppConfig`, `ConfigService`: the app's configuration. `StoreDevtoolsConfig`
    // is one feature's options type: a role name, paired only when it reads the environment itself.
    candidateName: /Config(uration)?Service$|^(App)?Config(uration)?$|Settings(Service)?$|^Env(ironment)?$/,
    roleName: /Config(uration)?$/,
    matchers: [
      { kind: 'global', path: 'process.env' },
      { kind: 'global', path: 'import.meta.env' },
    ],
    pairsBeside: true,
  },
  {
    id: 'json',
    concern: 'JSON serialization',
    candidateName: /JSON|Json/,
    roleName: /Serializer$/,
    matchers: [
      { kind: 'global', path: 'JSON.parse' },
      { kind: 'global', path: 'JSON.stringify' },
    ],
    pairsBeside: true,
  },
  {
    id: 'http',
    concern: 'HTTP calls',
    candidateName: /Http(Client|Service)?$|Api(Client|Service)$|^ApiClient$/,
    matchers: [
      { kind: 'global', path: 'fetch' },
      { kind: 'import', pattern: 'axios' },
    ],
    pairsBeside: true,
  },
  {
    id: 'websocket',
    concern: 'WebSocket connections',
    candidateName: /Web[Ss]ocket|Socket(Manager|Service|Client)$/,
    matchers: [
      { kind: 'import', pattern: 'ws' },
      { kind: 'import', pattern: 'socket.io' },
      { kind: 'new', className: 'WebSocket' },
    ],
    pairsBeside: true,
  },
  {
    id: 'errors',
    concern: 'error construction',
    candidateName: /^(App|Base|Domain|Platform)(Error|Exception)$/,
    matchers: [{ kind: 'new', className: 'Error' }],
    pairsBeside: false,
  },
];

export interface FamilyInput {
  candidates: Candidate[];
  uses: Map<string, CandidateUse>;
  /** Per family id, the sites of each of its matchers (in the family's order). */
  familyUses: Map<string, MatcherUse[]>;
}

/**
 * Each family found in the code, paired with the most used candidate whose name fits it. A family
 * with no such candidate is returned in `unpaired`: an entry needs a source, and guessing one is
 * the user's call.
 */
export function proposeBypassFamilies(input: FamilyInput): {
  facets: ProposalFacet[];
  unpaired: { family: BypassFamily; uses: MatcherUse[] }[];
} {
  const facets: ProposalFacet[] = [];
  const unpaired: { family: BypassFamily; uses: MatcherUse[] }[] = [];
  for (const family of BYPASS_FAMILIES) {
    const uses = (input.familyUses.get(family.id) ?? []).filter((use) => use.sites > 0);
    if (uses.length === 0) continue;
    const best = pickCandidate(input, (candidate) => fitsFamily(family, candidate, uses));
    if (!best) {
      unpaired.push({ family, uses });
      continue;
    }
    const around = uses.map((use) => outside(use, best.candidate.file)).filter((use) => use.sites > 0);
    if (around.length === 0) continue;
    const projects = new Set([...best.use.projects, ...around.flatMap((use) => use.projects)]);
    const bypassText = around.map((use) => `${describeMatcher(use.matcher)} ${plural(use.sites, 'site')} in ${plural(use.files.length, 'file')} (${describeFiles(use.files)})`).join('; ');
    facets.push({
      candidate: best.candidate,
      family: `bypass-family:${family.id}`,
      bypasses: around.map((use) => use.matcher),
      projects: [...projects],
      evidence: `${family.concern}: ${best.candidate.name} is used at ${plural(best.use.sites, 'site')} in ${plural(best.use.files.length, 'file')}; around it: ${bypassText}`,
    });
  }
  return { facets, unpaired };
}

/** Named for the family's concern, or for its role while its own source uses the family's bypasses. */
export function fitsFamily(family: BypassFamily, candidate: Candidate, uses: readonly MatcherUse[]): boolean {
  const concern = namedConcern(candidate);
  if (family.candidateName.test(concern)) return true;
  return family.roleName?.test(concern) === true && uses.some((use) => use.files.includes(candidate.file));
}

/**
 * What a candidate's name says it is: a class's whole name; for a function, the name after an
 * accessor prefix when at most two words follow (`getConfig`, `useLogger`, `createHttpClient`),
 * else nothing: `createDepOptimizerConfig` builds one tool's config, it is no config service.
 */
export function namedConcern(candidate: Candidate): string {
  if (candidate.kind === 'class') return candidate.name;
  if (candidate.kind === 'constant') return '';
  const rest = /^(?:get|use|create|make)([A-Z]\w*)$/.exec(candidate.name)?.[1];
  return rest !== undefined && splitWords(rest).length <= 2 ? rest : '';
}

/** The candidate used from the most files (then at the most sites, then by name) among those `fits` accepts. */
export function pickCandidate(input: Pick<FamilyInput, 'candidates' | 'uses'>, fits: (candidate: Candidate) => boolean): { candidate: Candidate; use: CandidateUse } | undefined {
  let best: { candidate: Candidate; use: CandidateUse } | undefined;
  for (const candidate of input.candidates) {
    const use = input.uses.get(candidate.id);
    if (!use || use.files.length < MIN_CANDIDATE_FILES || !fits(candidate)) continue;
    if (!best || compareUse(use, best.use) > 0 || (compareUse(use, best.use) === 0 && candidate.id < best.candidate.id)) best = { candidate, use };
  }
  return best;
}

function compareUse(a: CandidateUse, b: CandidateUse): number {
  return a.files.length - b.files.length || a.sites - b.sites;
}

/** A matcher as a user would write it in ssot.json, for evidence sentences. */
export function describeMatcher(matcher: BypassMatcher): string {
  switch (matcher.kind) {
    case 'global':
      return matcher.path;
    case 'import':
      return `import '${matcher.pattern}'`;
    case 'new':
      return `new ${matcher.className}`;
    case 'literal':
      return JSON.stringify(matcher.value);
  }
}
