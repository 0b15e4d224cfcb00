#!/usr/bin/env node
// A synthetic Nx workspace for the benchmarks: N projects × M TypeScript files, deterministic from
// a seed. The same tree is analysed by ssot-core, ESLint and `nx run-many -t ssot-check`.
//
//   node tools/bench/generate-workspace.mjs --out <dir> --files 5000 --projects 50 --seed 1
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApiFile, buildRunnerFile, buildUtilFile } from './lib/function-files.mjs';
import { planWorkspace } from './lib/plan-workspace.mjs';
import { createRng, deriveSeed } from './lib/prng.mjs';
import { buildAppMain, buildBarrel, buildPlainFile } from './lib/project-files.mjs';
import { buildServiceFile } from './lib/service-file.mjs';
import { createRegistry } from './lib/bench-registry.mjs';
import { CORE_BARREL, ENGINE_BARREL, HTTP_BARREL } from './lib/ssot-sources.mjs';

/** Written at the root so a later run may safely wipe the folder it generated before. */
export const MARKER = '.bench-workspace';
const FIXED_BARRELS = { core: CORE_BARREL, http: HTTP_BARREL, engine: ENGINE_BARREL };
const BUILDERS = { service: buildServiceFile, util: buildUtilFile, api: buildApiFile, runner: buildRunnerFile, plain: buildPlainFile };

/** Writes the workspace; returns what was written (counts and the leaf file a later edit may touch). */
export function generateWorkspace({ out, files, projects, seed }) {
  prepareFolder(out);
  const plan = planWorkspace({ files, projects, seed });
  const write = (path, text) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  let tsFiles = 0;
  let bytes = 0;
  const byName = new Map(plan.map((project) => [project.name, project]));
  for (const project of plan) {
    const rng = createRng(deriveSeed(seed, `files:${project.name}`));
    const depExports = project.deps.flatMap((dep) => publicExports(byName.get(dep)));
    const localExports = [];
    for (const file of project.files) {
      const text = buildFile(rng, project, file, { depExports, localExports });
      write(`${project.root}/${file.path}`, text);
      tsFiles += 1;
      bytes += Buffer.byteLength(text);
      // Later files of the project may import this one (by a specifier relative to themselves).
      if (file.exportName) localExports.push({ kind: file.kind, name: file.exportName, path: file.path });
    }
    write(`${project.root}/project.json`, json({ name: project.name, root: project.root, sourceRoot: `${project.root}/src`, projectType: project.kind === 'app' ? 'application' : 'library', tags: project.tags }));
    write(`${project.root}/tsconfig.json`, json({ extends: posix.relative(project.root, 'tsconfig.base.json'), include: ['src/**/*.ts'] }));
  }
  writeRootFiles(write, plan);
  const leaf = plan.filter((project) => project.kind === 'app').at(-1) ?? plan.at(-1);
  const leafFile = leaf.files.find((file) => file.kind !== 'main' && file.kind !== 'barrel') ?? leaf.files[0];
  return { out, files: tsFiles, projects: plan.length, bytes, seed, leafProject: leaf.name, leafFile: `${leaf.root}/${leafFile.path}` };
}

function buildFile(rng, project, file, env) {
  if (file.kind === 'fixed') return project.fixed[file.path];
  if (file.kind === 'barrel') return FIXED_BARRELS[project.name] ?? buildBarrel(project, project.files);
  if (file.kind === 'main') return buildAppMain(rng, project, { ...env, localExports: project.files.filter((f) => f.exportName).map((f) => ({ kind: f.kind, name: f.exportName, module: relativeSpecifier(file.path, f.path) })) });
  const localExports = env.localExports.map((local) => ({ ...local, module: relativeSpecifier(file.path, local.path) }));
  return BUILDERS[file.kind](rng, project, file, { ...env, localExports });
}

/** What a library's barrel publishes, as another project imports it. */
function publicExports(project) {
  if (project.kind !== 'lib') return [];
  return project.files.filter((file) => file.publicName).map((file) => ({ kind: file.kind, name: file.publicName, module: `@bench/${project.name}` }));
}

function relativeSpecifier(fromFile, toFile) {
  const path = posix.relative(posix.dirname(fromFile), toFile.replace(/\.ts$/, ''));
  return path.startsWith('.') ? path : `./${path}`;
}

function writeRootFiles(write, plan) {
  const paths = { '@bench/legacy-logging': ['./libs/core/src/legacy/logging.ts'] };
  for (const project of plan) if (project.kind === 'lib') paths[`@bench/${project.name}`] = [`./${project.root}/src/index.ts`];
  write('tsconfig.base.json', json({
    compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2023', 'dom'], strict: true, experimentalDecorators: true, skipLibCheck: true, paths },
  }));
  write('nx.json', json({
    $schema: './node_modules/nx/schemas/nx-schema.json',
    plugins: ['ssot-plugin'],
    namedInputs: { default: ['{projectRoot}/**/*'] },
    pluginsConfig: { '@nx/js': { analyzeSourceFiles: true } },
    useDaemonProcess: false,
    neverConnectToCloud: true,
  }));
  write('package.json', json({ name: 'bench-workspace', version: '0.0.0', private: true, description: 'Synthetic workspace for the ssot benchmarks (tools/bench)', scripts: { ssot: 'nx run-many -t ssot-check' } }));
  write('ssot.json', json(createRegistry()));
  write('.gitignore', 'node_modules\ndist\n.nx\n');
  write(MARKER, 'generated by tools/bench/generate-workspace.mjs; safe to delete\n');
}

function prepareFolder(out) {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, MARKER))) throw new Error(`${out} is not empty and was not made by this generator: choose another --out`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function main() {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, files: { type: 'string', default: '5000' }, projects: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) throw new Error('usage: generate-workspace.mjs --out <dir> [--files 5000] [--projects 50] [--seed 1]');
  const summary = generateWorkspace({ out: resolve(values.out), files: Number(values.files), projects: Number(values.projects), seed: Number(values.seed) });
  console.log(`generated ${summary.files} .ts files (${(summary.bytes / 1e6).toFixed(1)} MB) in ${summary.projects} projects at ${summary.out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
