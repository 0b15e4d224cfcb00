import type { Rule } from 'eslint';
import { findFileBypasses, type FileBypass, type FileBypasses } from '../workspace/find-file-bypasses';

/**
 * The rules' one body: ask the engine for the file's bypasses, report those `pick` selects at the
 * site's line and column (ESLint columns are 0-based, ssot's 1-based), spanning the matched text
 * when the source there reads exactly that text. A workspace problem is reported once, at the
 * top of the file, only by the rule that `reportsProblems` (so it is not shown twice).
 */
export function reportBypasses(context: Rule.RuleContext, pick: (bypass: FileBypass) => boolean, messageId: string, reportsProblems: boolean): void {
  const { sourceCode } = context;
  const result = findLintedFileBypasses(context);
  if (result.problem !== undefined) {
    if (reportsProblems) context.report({ loc: { line: 1, column: 0 }, messageId: 'workspaceProblem', data: { problem: result.problem } });
    return;
  }
  for (const bypass of result.bypasses) {
    if (!pick(bypass)) continue;
    const { site } = bypass;
    const start = { line: site.line, column: site.column - 1 };
    const { edit } = bypass;
    context.report({
      loc: spanOf(sourceCode, start, site.text),
      messageId,
      data: { fix: capitalize(bypass.fix), entry: site.entry, text: site.text, noFix: bypass.noFix === undefined ? '' : `; no autofix: ${bypass.noFix}` },
      // A suggestion, not an autofix: the editor shows it as a quick fix, `eslint --fix` never applies it unasked.
      ...(edit && { suggest: [{ messageId: 'applyFix', data: { replacement: edit.replacement, kind: edit.kind }, fix: (fixer: Rule.RuleFixer) => fixer.replaceTextRange(edit.edit.range, edit.edit.text) }] }),
    });
  }
}

/** The linted file's bypasses and suppression diagnostics: every ssot rule of one lint pass shares one answer. */
export function findLintedFileBypasses({ filename, sourceCode }: Rule.RuleContext): FileBypasses {
  return findFileBypasses(filename, sourceCode.text, { parsed: getParsedSourceFile(sourceCode), pass: sourceCode.ast });
}

/**
 * The TypeScript SourceFile typescript-eslint's parser built for the Program (its parser services
 * map every ESTree node to the TypeScript node it came from, with or without a `project`), or
 * undefined with another parser. Whether it may be walked is decided in `createLintedFileScan`.
 */
function getParsedSourceFile(sourceCode: Rule.RuleContext['sourceCode']): unknown {
  const map: unknown = sourceCode.parserServices?.esTreeNodeToTSNodeMap;
  return map instanceof WeakMap ? map.get(sourceCode.ast) : undefined;
}

function spanOf(sourceCode: Rule.RuleContext['sourceCode'], start: { line: number; column: number }, text: string): { start: { line: number; column: number }; end: { line: number; column: number } } | { line: number; column: number } {
  try {
    const offset = sourceCode.getIndexFromLoc(start);
    if (sourceCode.text.slice(offset, offset + text.length) !== text) return start;
    return { start, end: sourceCode.getLocFromIndex(offset + text.length) };
  } catch {
    return start; // a position past the end: report where the engine said, without a span
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
