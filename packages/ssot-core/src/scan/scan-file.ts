import ts from 'typescript';
import { detachKeptStrings, type FileFacts, type ScanInterest } from './file-facts';
import { FileWalker } from './file-walker';
import { scriptKindOf } from './syntax';

/**
 * One walk over one file (SPEC §4): import bindings, value references, handles and their member
 * accesses, unbound globals, literals, module sites and export facts; for the detectors, class and
 * function declarations, exported string constants and classified catch clauses. Type positions
 * are skipped. The file name decides the syntax (`.tsx`, `.jsx`, `.js`/`.mjs`/`.cjs`, else TS).
 *
 * `interest` keeps only the unbound global references and string literals a registry can match
 * (its global roots, global `new` names and literal values). Without it, every unbound global
 * reference and every string literal is kept: for callers with no registry at hand (an editor,
 * a history analysis). Everything else is the same either way.
 */
export function scanFile(file: string, text: string, interest?: ScanInterest): FileFacts {
  // JSDoc is never a site: skipping its parse saves about 6 % of the analysis (tools/bench).
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  // No parent pointers from the parser: the walk sets them as it descends (`parent-pointers.ts`),
  // which saves TypeScript's extra pass over every node (tools/bench, proposal 4).
  const sourceFile = ts.createSourceFile(file, text.replace(/^\uFEFF/, ''), options, false, scriptKindOf(file));
  return scanSourceFile(file, sourceFile, interest);
}

/**
 * The same walk over a `SourceFile` someone already parsed (an editor's ESLint run: typescript-eslint
 * built it), so the file is parsed once. The caller vouches that `isReusableSourceFile` holds: the
 * walk compares `SyntaxKind` numbers of this `typescript` module.
 */
export function scanSourceFile(file: string, sourceFile: ts.SourceFile, interest?: ScanInterest): FileFacts {
  const facts = new FileWalker(file, sourceFile, interest).run();
  detachKeptStrings(facts);
  return facts;
}

/**
 * A `SourceFile` parsed elsewhere for `file`'s `text`, when `scanSourceFile` may walk it; else why
 * not. It must come from this very `typescript` module (SyntaxKind numbers differ between versions,
 * and each module instance has its own node classes: the prototype tells them apart), with the
 * script kind and language version `scanFile` would use, over the same text.
 */
export function getReusableSourceFile(file: string, text: string, candidate: unknown): { sourceFile: ts.SourceFile } | { reason: string } {
  if (typeof candidate !== 'object' || candidate === null) return { reason: 'the parser gave no TypeScript SourceFile' };
  if (Object.getPrototypeOf(candidate) !== getSourceFilePrototype()) return { reason: `a SourceFile from another typescript module than ssot-core's (${ts.version})` };
  const sourceFile = candidate as ts.SourceFile & { scriptKind?: ts.ScriptKind };
  if (sourceFile.kind !== ts.SyntaxKind.SourceFile) return { reason: 'not a SourceFile of this typescript version' };
  if (sourceFile.scriptKind !== scriptKindOf(file) || sourceFile.languageVersion !== ts.ScriptTarget.Latest) return { reason: 'parsed with another script kind or language version' };
  if (sourceFile.text !== text.replace(/^\uFEFF/, '')) return { reason: 'parsed from another text' };
  return { sourceFile };
}

let sourceFilePrototype: object | undefined;
function getSourceFilePrototype(): object {
  sourceFilePrototype ??= Object.getPrototypeOf(ts.createSourceFile('probe.ts', '', ts.ScriptTarget.Latest)) as object;
  return sourceFilePrototype;
}
