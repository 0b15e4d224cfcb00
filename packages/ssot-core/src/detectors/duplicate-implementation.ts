import picomatch from 'picomatch';
import type { CompiledEntry } from '../match/compile-entry';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { DeclarationFact, KeptFacts } from '../scan/file-facts';
import { describeLocation, type Detector, type TextFilter } from './detector';
import { createDuplicateTextFilter, type DuplicateRules } from './duplicate-text-filter';

type MessageId = 'nameMatch' | 'similarMembers';

export interface DuplicateImplementationOptions {
  /** Jaccard similarity (0..1) of public member names from which a class counts as a duplicate. */
  minSimilarity: number;
  /** Public member names a class must share with the SSOT, at least, to count as a duplicate. */
  minSharedMembers: number;
}

/** How strongly a class's public members overlap an SSOT class's. */
export interface MemberOverlap {
  shared: string[];
  /** |shared| / |union of both member sets|, 0..1. */
  similarity: number;
}

/**
 * SPEC §5 `duplicate-implementation`: a class or function declared outside the SSOT's source,
 * where the entry applies, whose name is one of the entry's export (or factory) names or matches
 * its `duplicates` globs (picomatch on the name), or — for a class — whose public members overlap
 * an SSOT class's strongly: Jaccard similarity ≥ `minSimilarity` and ≥ `minSharedMembers` shared
 * names. Files on a legacy path of the entry are shims, reported by `legacy-shim` instead.
 */
export const duplicateImplementation: Detector<DuplicateImplementationOptions, MessageId> = {
  id: 'duplicate-implementation',
  meta: {
    description: 'A rival implementation of an SSOT (same name, a name its "duplicates" globs match, or a class with mostly the same public members): two sources of truth drift apart.',
    messages: {
      nameMatch: '{{kind}} {{name}} duplicates the SSOT {{entry}} ({{location}}): its name matches {{pattern}}',
      similarMembers: 'class {{name}} duplicates the SSOT {{entry}} ({{location}}): it shares {{sharedCount}} public members with {{ssotClass}} ({{percent}}% similar: {{shared}})',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minSimilarity: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Jaccard similarity of public member names, (0..1]. Default 0.6.' },
        minSharedMembers: { type: 'integer', minimum: 1, description: 'Shared public member names, at least. Default 3.' },
      },
    },
  },
  defaultOptions: { minSimilarity: 0.6, minSharedMembers: 3 },
  reads: ['declarations'],
  createTextFilter({ options, registry, getFacts }) {
    // Built on first use: it reads the SSOTs' sources, which a run whose files all have sites may never need.
    let filter: TextFilter | undefined;
    return (text) => {
      filter ??= createDuplicateTextFilter(registry.entries.map((entry) => createTarget(entry, entry.source === undefined ? undefined : getFacts(entry.source))), options);
      return filter(text);
    };
  },
  detect(context) {
    const targets = new Map<string, Target>();
    const getTarget = (compiled: CompiledEntry): Target => {
      let target = targets.get(compiled.entry.name);
      if (!target) {
        target = createTarget(compiled.entry, compiled.entry.source === undefined ? undefined : context.getFacts(compiled.entry.source));
        targets.set(compiled.entry.name, target);
      }
      return target;
    };
    const isRegistered = createRegisteredCheck(context.registry.entries, context.getFacts);
    for (const file of context.files) {
      if (file.facts.declarations.length === 0) continue;
      for (const compiled of file.entries) {
        if (compiled.legacy.some((pattern) => pattern.matchesFile(file.file))) continue;
        const target = getTarget(compiled);
        const { entry } = compiled;
        const location = describeLocation(entry);
        const exempt = compiled.isExempt(file.file);
        // Most declarations are no duplicate: the finding's fields are built only for those that are.
        const at = (declaration: DeclarationFact) => ({
          entry: entry.name,
          file: file.file,
          line: declaration.line,
          column: declaration.column,
          text: `${declaration.kind} ${declaration.name}`,
          fix: `use ${entry.name} from ${location} instead of ${declaration.name}: move what only ${declaration.name} does into the SSOT, then delete it`,
          ...(exempt && { exempt: true }),
        });
        for (const declaration of file.facts.declarations) {
          // Another registered SSOT (one may wrap another) is a source of truth, not a rival to delete.
          if (isRegistered(file.file, declaration.name)) continue;
          // A class that extends or implements the SSOT is built on it (an implementation of its
          // abstraction), not a rival to delete. Judged by name, as everything here.
          if (declaration.heritage?.some((name) => target.buildsOn(name))) continue;
          const pattern = target.matchName(declaration.name);
          if (pattern !== undefined) {
            context.report({ ...at(declaration), messageId: 'nameMatch', data: { kind: declaration.kind, name: declaration.name, entry: entry.name, location, pattern }, ...target.related() });
            continue;
          }
          const similar = declaration.kind === 'class' ? findSimilarClass(declaration, target.classes, context.options) : undefined;
          if (!similar) continue;
          context.report({
            ...at(declaration),
            messageId: 'similarMembers',
            data: {
              name: declaration.name,
              entry: entry.name,
              location,
              sharedCount: similar.overlap.shared.length,
              ssotClass: similar.ssotClass.name,
              percent: Math.round(similar.overlap.similarity * 100),
              shared: similar.overlap.shared.join(', '),
            },
            related: [{ file: entry.source ?? '.', line: similar.ssotClass.line, column: similar.ssotClass.column }],
          });
        }
      }
    }
  },
};

/**
 * Whether a declaration is itself a registered SSOT: an export (or the factory) of some entry, in
 * that entry's source. Built on first use, from the sources' kept facts.
 */
function createRegisteredCheck(entries: NormalizedEntry[], getFacts: (file: string) => KeptFacts | undefined): (file: string, name: string) => boolean {
  let registered: Set<string> | undefined;
  return (file, name) => {
    if (!registered) {
      registered = new Set();
      for (const entry of entries) {
        if (entry.source === undefined) continue;
        const declared = entry.exports === '*' ? (getFacts(entry.source)?.declarations ?? []).filter((d) => d.exported).map((d) => d.name) : entry.exports;
        for (const ssotName of entry.factory === undefined ? declared : [...declared, entry.factory]) registered.add(`${entry.source}\0${ssotName}`);
      }
    }
    return registered.has(`${file}\0${name}`);
  };
}

/** What one entry's SSOT looks like to this detector (and to its text filter). */
interface Target extends DuplicateRules {
  /** The export name or glob a declaration name matches, quoted for the message. */
  matchName(name: string): string | undefined;
  /** Classes that make up the SSOT in its source, with their public members. */
  classes: DeclarationFact[];
  /** Whether a heritage name (`extends X`, `implements X`) is one of the SSOT's exports. */
  buildsOn(name: string): boolean;
  related(): { related?: { file: string; line: number; column: number }[] };
}

function createTarget(entry: NormalizedEntry, sourceFacts: KeptFacts | undefined): Target {
  const declared = sourceFacts?.declarations ?? [];
  const isSsotName = (name: string) => (entry.exports === '*' ? declared.some((d) => d.name === name && d.exported) : entry.exports.includes(name));
  const exportNames = new Set(entry.exports === '*' ? declared.filter((d) => d.exported).map((d) => d.name) : entry.exports);
  const globs = entry.duplicates.map((glob) => ({ glob, test: picomatch(glob) }));
  const classes = declared.filter((d) => d.kind === 'class' && isSsotName(d.name) && (d.members?.length ?? 0) > 0);
  const main = declared.find((d) => isSsotName(d.name));
  return {
    names: entry.factory === undefined ? [...exportNames] : [...exportNames, entry.factory],
    globs: entry.duplicates,
    matchName(name) {
      if (exportNames.has(name)) return `the export name ${name}`;
      if (name === entry.factory) return `the factory name ${name}`;
      const glob = globs.find((candidate) => candidate.test(name));
      return glob && `the duplicates glob "${glob.glob}"`;
    },
    classes,
    buildsOn: (name) => exportNames.has(name),
    related: () => (entry.source !== undefined && main ? { related: [{ file: entry.source, line: main.line, column: main.column }] } : {}),
  };
}

function findSimilarClass(declaration: DeclarationFact, classes: DeclarationFact[], options: DuplicateImplementationOptions): { ssotClass: DeclarationFact; overlap: MemberOverlap } | undefined {
  const members = declaration.members ?? [];
  let best: { ssotClass: DeclarationFact; overlap: MemberOverlap } | undefined;
  for (const ssotClass of classes) {
    const ssotMembers = ssotClass.members ?? [];
    // Both lists are unique names: count first, and build the overlap only for a class that may qualify.
    let shared = 0;
    for (const name of members) if (ssotMembers.includes(name)) shared += 1;
    if (shared < options.minSharedMembers || shared / (members.length + ssotMembers.length - shared) < options.minSimilarity) continue;
    const overlap = compareMembers(members, ssotMembers);
    if (!best || overlap.similarity > best.overlap.similarity) best = { ssotClass, overlap };
  }
  return best;
}

/** Jaccard similarity of two sets of member names. */
export function compareMembers(a: readonly string[], b: readonly string[]): MemberOverlap {
  const other = new Set(b);
  const shared = [...new Set(a)].filter((name) => other.has(name)).sort();
  const union = new Set([...a, ...b]).size;
  return { shared, similarity: union === 0 ? 0 : shared.length / union };
}
