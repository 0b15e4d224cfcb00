import { relative, sep } from 'node:path';
import { assignFingerprints, compareSites, compareWithBaseline, describeFix, getBaselinePath, matchFile, readFileFacts, type Site } from 'ssot-core';
import { findWorkspaceRoot } from './find-workspace-root';
import { getWorkspaceSession, isWorkspaceProblem } from './workspace-session';

/** A bypass site of the linted file, as the rules report it. */
export interface FileBypass {
  site: Site;
  /** In the owning project's baseline: `ssot/no-known-bypass` reports it, `ssot/no-bypass` does not. */
  known: boolean;
  /** What to do, in the check's own words, naming the matched text. */
  fix: string;
}

export type FileBypasses = { bypasses: FileBypass[]; problem?: undefined } | { bypasses?: undefined; problem: string };

const NONE: FileBypasses = { bypasses: [] };

/** Both rules ask about the same file in a row: the last answer is kept for its text. */
let last: { file: string; text: string; result: FileBypasses } | undefined;

/**
 * The bypass sites of one file as `ssot-check` counts them, from the text ESLint lints (an editor's
 * unsaved buffer) while every other file (barrels, SSOT sources) comes from disk: the file's facts
 * → its sites (projects, exemptions, include/exclude as the check applies them) → fingerprints over
 * the whole file (they count occurrences among equal sites) → known or new against the owning
 * project's baseline. Exempt sites and entries with `enforce: "off"` are left out.
 */
export function findFileBypasses(file: string, text: string): FileBypasses {
  if (last && last.file === file && last.text === text) return last.result;
  const result = computeFileBypasses(file, text);
  last = { file, text, result };
  return result;
}

function computeFileBypasses(file: string, text: string): FileBypasses {
  const root = findWorkspaceRoot(file);
  if (root === undefined) {
    return { problem: `no workspace root above ${file}: eslint-plugin-ssot reads ssot.json from the nearest folder that holds ssot.json or nx.json. Create one with \`nx g ssot-plugin:init\`, or turn the ssot rules off for files outside the workspace.` };
  }
  const session = getWorkspaceSession(root);
  if (isWorkspaceProblem(session)) return { problem: `ssot.json in ${root}: ${session.problem}` };
  const path = relative(root, file).split(sep).join('/');
  // Outside the workspace, or a virtual file (a code block of a Markdown file): not a workspace file.
  if (path.startsWith('../') || path === '..' || !session.compiled.isAnalysed(path)) return NONE;
  const { facts } = readFileFacts({ file: path, size: undefined, read: () => text, interest: session.compiled.interest });
  if (!facts) return NONE;
  const { index, compiled } = session;
  const matched = matchFile(facts, index, compiled).sort(compareSites);
  const sites: Site[] = assignFingerprints(matched, (project) => index.projects.get(project)?.root ?? '.').map(({ matchers: _matchers, specifier: _specifier, ...site }) => site);
  const owner = index.projects.getOwnerInfo(path);
  const baseline = owner ? session.getBaseline(owner) : undefined;
  if (isWorkspaceProblem(baseline)) return { problem: baseline.problem };
  const marked = compareWithBaseline(sites, baseline, owner ? getBaselinePath(owner.root) : '').sites;
  const bypasses: FileBypass[] = [];
  for (const site of marked) {
    const entry = compiled.byName.get(site.entry)?.entry;
    if (site.side !== 'bypass' || site.exempt || !entry || entry.enforce === 'off') continue;
    bypasses.push({ site, known: site.known === true, fix: describeFix(entry.name, entry.factory, site.kind, entry.source ?? entry.module, site.text) });
  }
  return { bypasses };
}
