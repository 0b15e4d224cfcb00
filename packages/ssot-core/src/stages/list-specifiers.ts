import ts from 'typescript';

/**
 * What TypeScript's `preProcessFile` does not list (`export * as ns from`, a `require` inside a
 * template substitution): every string after `from`, and after `require(` / `import(` / a bare
 * `import`, block comments allowed in between. Matches inside comments or strings only add
 * specifiers to check, never hide one.
 */
const SPECIFIER_AFTER = /\b(?:from|import|require)\s*(?:\(\s*)?(?:\/\*[\s\S]*?\*\/\s*)*(['"`])([^'"`\n]+)\1/g;

/** The module specifiers TypeScript's pre-processor finds: real ones, but not quite all (see above). */
export function listImportedModules(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

/** Every module specifier the file may use: TypeScript's pre-processor's list, and the pattern's. */
export function listSpecifiers(text: string): string[] {
  const specifiers = new Set(listImportedModules(text));
  for (const match of text.matchAll(SPECIFIER_AFTER)) specifiers.add(match[2]);
  return [...specifiers];
}
