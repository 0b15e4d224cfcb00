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
  const facts = new FileWalker(file, sourceFile, interest).run();
  detachKeptStrings(facts);
  return facts;
}
