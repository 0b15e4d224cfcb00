import { Node, SyntaxKind, type Identifier } from 'ts-morph';
import { splitGlobalPath } from '../match/compile-entry';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { FixContext } from './fix-context';
import { getShadowingDeclaration } from './fix-global-call';
import { getReplaceWith } from './fix-kinds';
import type { MigrationStep } from './migration-plan';

/**
 * Look-alikes of a replaceable global that a local declaration shadows (`function f(JSON) {
 * JSON.parse(x) }`): not sites (SPEC §4), never rewritten, listed so the plan says why.
 */
export function findShadowedGlobals(context: FixContext, entries: readonly NormalizedEntry[]): MigrationStep[] {
  const steps: MigrationStep[] = [];
  const wanted = entries.flatMap((entry) =>
    entry.bypasses.flatMap((m) => (m.kind === 'global' && getReplaceWith(entry, m.path) !== undefined ? [{ entry, path: m.path, segments: splitGlobalPath(m.path) }] : [])),
  );
  if (wanted.length === 0) return steps;
  for (const identifier of context.sourceFile.getDescendantsOfKind(SyntaxKind.Identifier)) {
    const matches = wanted.filter((w) => w.segments[0] === identifier.getText() && spells(identifier, w.segments));
    if (matches.length === 0) continue;
    const reason = getShadowingDeclaration(identifier);
    if (!reason) continue;
    const { line, column } = context.sourceFile.getLineAndColumnAtPos(identifier.getStart());
    for (const { entry, path } of matches) steps.push({ entry: entry.name, fix: 'global-call', file: context.file, line, column, text: path, status: 'refused', reason });
  }
  return steps;
}

/** `JSON` followed by `.parse` (or `['parse']`) spells `JSON.parse`; a declared name or `x.JSON` starts none. */
function spells(identifier: Identifier, segments: readonly string[]): boolean {
  const parent = identifier.getParent();
  if (Node.hasName(parent) && parent.getNameNode() === identifier) return false;
  let node: Node = identifier;
  for (const segment of segments.slice(1)) {
    const next = node.getParent();
    let name: string | undefined;
    if (Node.isPropertyAccessExpression(next) && next.getExpression() === node) name = next.getName();
    if (Node.isElementAccessExpression(next) && next.getExpression() === node) {
      const argument = next.getArgumentExpression();
      if (Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument)) name = argument.getLiteralValue();
    }
    if (!next || name !== segment) return false;
    node = next;
  }
  return true;
}
