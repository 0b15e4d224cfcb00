import { formatFiles, logger, type GeneratorCallback, type Tree } from '@nx/devkit';
import { createWorkspaceFiles } from '../init/generator';
import { registerPlugin } from '../init/register-plugin';
import { appendLine } from './entry-point';
import { normalizeClassOptions } from './normalize-options';
import { renderClassSource, renderSpecSource } from './render-class';
import { addRuntimeDependency, RUNTIME_PACKAGE } from './runtime-dependency';
import type { ClassGeneratorSchema } from './schema';

/**
 * `nx g ssot-plugin:class <Name> --project <p>`: scaffold an SSOT class and register it. Every
 * check runs first (normalizeClassOptions), so a refusal leaves the Tree untouched; the writes go
 * through the Tree only, so `--dry-run` shows them and writes nothing.
 */
export async function classGenerator(tree: Tree, options: ClassGeneratorSchema): Promise<GeneratorCallback | undefined> {
  const normalized = normalizeClassOptions(tree, options);
  // Adopting ssot on the way is what a user running `class` first expects; init's steps are idempotent.
  createWorkspaceFiles(tree);

  const source = { className: normalized.className, factoryName: normalized.factoryName, replaces: normalized.replaces, importPath: normalized.importPath };
  tree.write(normalized.classFile, renderClassSource(source));
  tree.write(normalized.specFile, renderSpecSource(source));
  if (normalized.exportLine !== undefined) appendLine(tree, normalized.entryPoint, normalized.exportLine);
  tree.write(normalized.registryPath, normalized.registryText);
  const addedRuntime =
    normalized.factoryName !== undefined && !normalized.skipPackageJson
      ? addRuntimeDependency(tree, normalized.projectRoot)
      : undefined;

  if (!normalized.skipFormat) await formatFiles(tree);
  registerPlugin(tree); // after formatting, as init does: nx.json keeps the user's layout
  if (addedRuntime === undefined) return undefined;
  return () => {
    logger.info(`${RUNTIME_PACKAGE}@${addedRuntime} was added to package.json (the factory uses it): run your package manager's install.`);
  };
}

export default classGenerator;
