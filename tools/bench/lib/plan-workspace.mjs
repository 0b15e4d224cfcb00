// The shape of the generated workspace before any text is written: projects (three SSOT owners,
// then libraries and applications), their dependencies, and each project's files with the name
// they export and the name their barrel publishes.
import { createRng, deriveSeed } from './prng.mjs';
import { CORE_FILES, ENGINE_FILES, HTTP_FILES } from './ssot-sources.mjs';

const AREAS = ['orders', 'users', 'billing', 'reports', 'search', 'auth', 'sync', 'audit', 'catalog', 'inventory'];
const FILES_PER_AREA = 15;
const KINDS = [['service', 35], ['util', 20], ['api', 10], ['runner', 10], ['plain', 20], ['service', 5]];
const SUFFIX = { service: 'service', util: 'utils', api: 'api', runner: 'runner', plain: 'model' };

export function planWorkspace({ files, projects, seed }) {
  if (projects < 4) throw new Error('--projects must be at least 4 (three SSOT owners and one more)');
  if (files / projects < 10) throw new Error('--files must be at least 10 × --projects');
  const width = String(projects).length;
  const owners = [
    { name: 'core', fixed: CORE_FILES },
    { name: 'http', fixed: HTTP_FILES },
    { name: 'engine', fixed: ENGINE_FILES },
  ].map((owner) => ({ ...owner, kind: 'lib', root: `libs/${owner.name}`, tags: ['scope:shared', 'type:ssot'], deps: [] }));
  const features = [];
  for (let index = 0; index < projects - owners.length; index += 1) {
    const isApp = index % 5 === 4;
    const number = String(index + 1).padStart(width, '0');
    const name = `${isApp ? 'app' : 'lib'}-${number}`;
    const scope = index % 2 === 0 ? 'backend' : 'frontend';
    features.push({ name, kind: isApp ? 'app' : 'lib', root: `${isApp ? 'apps' : 'libs'}/${name}`, tags: [`scope:${scope}`, `type:${isApp ? 'app' : 'feature'}`], fixed: {} });
  }
  const all = [...owners, ...features];
  const base = Math.floor(files / all.length);
  all.forEach((project, index) => {
    const rng = createRng(deriveSeed(seed, `plan:${project.name}`));
    const count = base + (index < files % all.length ? 1 : 0);
    project.deps ??= pickDependencies(rng, features, project);
    project.files = planFiles(rng, project, count);
  });
  return all;
}

/** Libraries depend on up to two earlier libraries (nearby ones, as real layers do); apps on up to three. */
function pickDependencies(rng, features, project) {
  const position = features.indexOf(project);
  const earlier = features.slice(Math.max(0, position - 10), position).filter((p) => p.kind === 'lib');
  return rng.sample(earlier, project.kind === 'app' ? 3 : rng.int(0, 2)).map((p) => p.name);
}

function planFiles(rng, project, count) {
  const entry = project.kind === 'app' ? { path: 'src/main.ts', kind: 'main' } : { path: 'src/index.ts', kind: 'barrel' };
  const planned = [entry, ...Object.keys(project.fixed).map((path) => ({ path, kind: 'fixed' }))];
  const prefix = pascal(project.name);
  for (let n = 0; planned.length < count; n += 1) {
    const kind = rng.weighted(KINDS);
    const areaIndex = Math.floor(n / FILES_PER_AREA);
    const area = AREAS[areaIndex % AREAS.length] + (areaIndex >= AREAS.length ? `-${Math.floor(areaIndex / AREAS.length)}` : '');
    const stem = `${area}-${SUFFIX[kind]}-${n}`;
    const suffix = `${pascal(area)}${n}`;
    const exportName = primaryExport(kind, prefix, suffix);
    const renamed = project.kind === 'lib' && kind !== 'plain' && rng.chance(0.25);
    planned.push({
      path: `src/lib/${area}/${stem}.ts`,
      kind,
      n,
      area,
      suffix,
      exportName,
      publicName: renamed ? `${exportName}Api` : exportName,
      renamed,
    });
  }
  return planned;
}

/** The name other files import: a service class, or the `sum…`, `fetch…`, `run…`, `compute…` function. */
function primaryExport(kind, prefix, suffix) {
  switch (kind) {
    case 'service':
      return `${prefix}${suffix}Service`;
    case 'util':
      return `sum${suffix}`;
    case 'api':
      return `fetch${suffix}`;
    case 'runner':
      return `run${suffix}`;
    default:
      return `compute${suffix}`;
  }
}

export function pascal(text) {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}
