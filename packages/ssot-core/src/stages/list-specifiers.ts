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

export interface Specifiers {
  /** TypeScript's pre-processor's list: real specifiers, not quite all. */
  imported: string[];
  /** Those and the pattern's: every specifier the file may use (and perhaps a few strings that are none). */
  all: string[];
}

export function listSpecifiers(text: string): Specifiers {
  const imported = listImportedModules(text);
  const all = new Set(imported);
  for (const match of text.matchAll(SPECIFIER_AFTER)) all.add(match[2]);
  return { imported, all: [...all] };
}
