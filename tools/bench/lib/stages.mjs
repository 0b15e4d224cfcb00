// Where ssot-core's time goes: the stages of analyze() called one by one from the built modules
// (first, while the process is cold, like row b), with the scan timed through the index's `scan`
// option; then isolated passes over the same files (parse without and with parent pointers, the
// scan walk), then the per-project checks `ssot-check` runs, one fresh checker each, in this process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjects } from './workspace-files.mjs';

export function measureStages({ workspace, core, requireFromRepo }) {
  const load = (path) => requireFromRepo(join(core, path));
  const ts = requireFromRepo('typescript');
  const { loadRegistry, checkProject, compileRegistry, indexWorkspace, selectFiles, scanWorkspaceFile, matchFile, scanFile } = load('index.js');
  const { configureDetectors } = load('detectors/configure-detectors.js');
  const { getFactFilter } = load('detectors/detect-findings.js');
  const timers = {};
  const time = (name, work) => {
    const started = performance.now();
    try {
      return work();
    } finally {
      timers[name] = (timers[name] ?? 0) + performance.now() - started;
    }
  };

  // Every parse goes through this (the analysed files and the barrels that export chains reach).
  let scans = 0;
  const timedScan = (file, text, interest) => {
    scans += 1;
    return time('scanFile (parse + walk)', () => scanFile(file, text, interest));
  };
  const registry = time('loadRegistry', () => loadRegistry(workspace));
  const projects = readProjects(workspace);
  const compiled = time('compileRegistry', () => compileRegistry(registry));
  const index = time('indexWorkspace', () => indexWorkspace({ workspaceRoot: workspace, projects, interest: compiled.interest, scan: timedScan }));
  const files = time('selectFiles (walk + globs)', () => selectFiles(index, compiled));
  const wantsFacts = getFactFilter(configureDetectors(registry), { registry, getFacts: (file) => index.getKeptFacts(file) });
  let prefiltered = 0;
  let sites = 0;
  // The file stages of analyzeFiles, without the detectors that follow them.
  for (const file of files) {
    const scanned = time('scanWorkspaceFile (read + prefilters + facts)', () => scanWorkspaceFile(index, compiled, file, wantsFacts));
    if (!scanned?.wantsSites) prefiltered += 1;
    if (!scanned?.facts || !scanned.wantsSites) continue;
    sites += time('matchFile (match + resolve)', () => matchFile(scanned.facts, index, compiled)).length;
  }
  const pipeline = { ...roundAll(timers), files: files.length, prefiltered, scans, sites };
  // Both file stages include the scans they cause: their own time is what remains once the scans are taken out.
  const pipelineTotal = Object.entries(timers).reduce((sum, [name, ms]) => sum + (name.startsWith('scanFile') ? 0 : ms), 0);

  const texts = files.map((file) => [file, readFileSync(join(workspace, file), 'utf8')]);
  const interest = { globalRoots: new Set(['JSON', 'console', 'process']), globalNewNames: new Set(), literals: new Set(['yyyy-MM-dd']) };
  const latest = ts.ScriptTarget.Latest;
  const noJsDoc = { languageVersion: latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  // Interleaved and repeated, the fastest of three kept: other processes on the machine add noise.
  const isolated = fastestOf(3, {
    'createSourceFile, no parents': () => timeEach(texts, (file, text) => ts.createSourceFile(file, text, latest, false, ts.ScriptKind.TS)),
    'createSourceFile, setParentNodes': () => timeEach(texts, (file, text) => ts.createSourceFile(file, text, latest, true, ts.ScriptKind.TS)),
    'createSourceFile, setParentNodes, JSDoc not parsed': () => timeEach(texts, (file, text) => ts.createSourceFile(file, text, noJsDoc, true, ts.ScriptKind.TS)),
    'scanFile (parse + walk)': () => timeEach(texts, (file, text) => scanFile(file, text, interest)),
    'positions of every identifier': () => timePositions(ts, texts),
  });

  const perProject = [];
  for (const project of projects) {
    const started = performance.now();
    const result = checkProject({ workspaceRoot: workspace, registry, projects, project: project.name });
    perProject.push({ project: project.name, files: result.filesAnalysed, ms: round(performance.now() - started) });
  }
  const perProjectTotal = round(perProject.reduce((sum, p) => sum + p.ms, 0));
  return {
    files: files.length,
    check: { pipeline, pipelineMsWithoutScanDoubleCount: round(pipelineTotal), isolated: roundAll(isolated), perProjectTotalMs: perProjectTotal, perProjectSlowest: [...perProject].sort((a, b) => b.ms - a.ms).slice(0, 3) },
  };
}

function fastestOf(rounds, passes) {
  const best = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, pass] of Object.entries(passes)) best[name] = Math.min(best[name] ?? Infinity, pass());
  }
  return best;
}

function timeEach(texts, work) {
  const started = performance.now();
  for (const [file, text] of texts) work(file, text);
  return performance.now() - started;
}

/** Line and column of every identifier, the way the scan computes a site's position. */
function timePositions(ts, texts) {
  const sources = texts.map(([file, text]) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  const started = performance.now();
  for (const sourceFile of sources) {
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.Identifier) sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return performance.now() - started;
}

const round = (value) => Math.round(value * 10) / 10;
const roundAll = (record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value]));
