import { posix } from 'node:path';
import { getProjects, type Tree } from '@nx/devkit';
import { parseRegistry, SsotConfigError, SsotUsageError, type NormalizedRegistry, type RegistryEntry } from 'ssot-core';
import { renderRegistry } from '../init/registry-file';
import { readPluginOptions } from '../shared/plugin-entry';
import { appendRegistryEntry } from './append-registry-entry';
import { parseBypass, type RegistryBypass } from './bypass-matchers';
import { PASCAL_CASE, toFactoryName, toKebabCase } from './class-names';
import { findClosestNames } from './closest-names';
import { findEntryPoint, getMissingExport, usesJsExtensions, type EntryPoint } from './entry-point';
import type { ClassGeneratorSchema } from './schema';

/** Everything the generator writes, decided and checked before the first write to the Tree. */
export interface NormalizedClassOptions {
  className: string;
  factoryName?: string;
  projectRoot: string;
  classFile: string;
  specFile: string;
  /** The spec's import of the class (`./payment-gateway`, or `./payment-gateway.js` in an ESM project). */
  importPath: string;
  entryPoint: EntryPoint;
  /** The line the entry point lacks; undefined when it exports the class already. */
  exportLine?: string;
  registryPath: string;
  /** The registry's text with the new entry appended, already validated. */
  registryText: string;
  replaces: string[];
  skipFormat: boolean;
  skipPackageJson: boolean;
}

const PREFIX = 'ssot-plugin:class';

/** Validates every option against the workspace; throws one `SsotUsageError` listing every problem. */
export function normalizeClassOptions(tree: Tree, options: ClassGeneratorSchema): NormalizedClassOptions {
  const problems: string[] = [];
  const className = options.name.trim();
  if (!PASCAL_CASE.test(className)) {
    problems.push(`name "${options.name}" is not a PascalCase identifier: use letters and digits, starting upper-case (e.g. PaymentGateway)`);
  }
  const replaces = options.replaces ?? [];
  const bypasses = replaces.flatMap((value): RegistryBypass[] => {
    const parsed = parseBypass(value);
    if ('problem' in parsed) problems.push(parsed.problem);
    return 'bypass' in parsed ? [parsed.bypass] : [];
  });
  const projects = getProjects(tree);
  const project = projects.get(options.project);
  if (project === undefined) problems.push(describeUnknownProject(options.project, [...projects.keys()]));
  const fileName = toKebabCase(className);
  const sourceRoot = project?.sourceRoot ?? posix.join(project?.root ?? '.', 'src');
  const directory = project && resolveDirectory(options.directory, project.root, sourceRoot, fileName, problems);
  if (project === undefined || directory === undefined || problems.length > 0) throw usageError(problems);

  const classFile = posix.join(directory, `${fileName}.ts`);
  const specFile = posix.join(directory, `${fileName}.spec.ts`);
  const factoryName = options.factory === true ? toFactoryName(className) : undefined;
  const entry: RegistryEntry = {
    name: className,
    source: classFile,
    export: className,
    ...(factoryName === undefined ? {} : { factory: factoryName }),
    ...(bypasses.length === 0 ? {} : { bypasses }),
    ...(options.owner === undefined ? {} : { owner: options.owner }),
    priority: options.priority ?? 'medium',
  };
  const registryPath = readPluginOptions(tree).registry;
  const registryBefore = tree.isFile(registryPath) ? (tree.read(registryPath, 'utf-8') ?? '') : renderRegistry(registryPath);
  const registered = readRegistry(registryBefore, registryPath, 'is invalid; fix it, then run the generator again');
  const index = registered.entries.findIndex((existing) => existing.name === className);
  if (index >= 0) {
    const where = registered.entries[index].source ?? registered.entries[index].module;
    problems.push(`"${className}" is already registered in ${registryPath} (entries[${index}], ${where}): choose another name, or edit that entry`);
  }
  for (const file of [classFile, specFile]) {
    if (tree.exists(file)) problems.push(`${file} already exists: the generator never overwrites a file (choose another name or --directory)`);
  }
  if (problems.length > 0) throw usageError(problems);
  const registryText = appendRegistryEntry(registryBefore, entry);
  readRegistry(registryText, registryPath, 'would be invalid with the new entry');

  const entryPoint = findEntryPoint(tree, project.root, sourceRoot);
  const relativeImport = `./${fileName}${usesJsExtensions(tree, entryPoint) ? '.js' : ''}`;
  return {
    className,
    factoryName,
    projectRoot: project.root,
    classFile,
    specFile,
    importPath: relativeImport,
    entryPoint,
    exportLine: getMissingExport(tree, entryPoint, classFile),
    registryPath,
    registryText,
    replaces: replaces.map((value) => value.trim()),
    skipFormat: options.skipFormat === true,
    skipPackageJson: options.skipPackageJson === true,
  };
}

/** `--directory` is relative to the project root and must stay inside it. */
function resolveDirectory(
  directory: string | undefined,
  root: string,
  sourceRoot: string,
  fileName: string,
  problems: string[],
): string | undefined {
  if (directory === undefined) return posix.join(sourceRoot, 'lib', fileName);
  const path = directory.trim().replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..')) {
    problems.push(`--directory "${directory}" must be a folder inside the project, relative to its root ${root} (no "..", not absolute)`);
    return undefined;
  }
  return posix.join(root, path);
}

function describeUnknownProject(name: string, known: string[]): string {
  const close = findClosestNames(name, known);
  if (close.length > 0) return `project "${name}" does not exist; did you mean ${close.join(', ')}?`;
  const listed = [...known].sort().slice(0, 20);
  const more = known.length > listed.length ? `, and ${known.length - listed.length} more` : '';
  return known.length === 0
    ? `project "${name}" does not exist: the workspace has no projects yet`
    : `project "${name}" does not exist; projects: ${listed.join(', ')}${more}`;
}

/** Parses registry text; a problem becomes a usage error listing each place (file:line:column). */
function readRegistry(text: string, path: string, what: string): NormalizedRegistry {
  try {
    return parseRegistry(text, path);
  } catch (error) {
    if (!(error instanceof SsotConfigError)) throw error;
    const lines = error.problems.map((p) => {
      const at = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
      return `${at} ${p.path}: expected ${p.expected}, found ${p.found}`;
    });
    throw usageError([`${path} ${what}:\n    ${lines.join('\n    ')}`]);
  }
}

function usageError(problems: string[]): SsotUsageError {
  if (problems.length === 1) return new SsotUsageError(`${PREFIX}: ${problems[0]}`);
  return new SsotUsageError(`${PREFIX}: ${problems.length} problems, nothing was written:\n  - ${problems.join('\n  - ')}`);
}
