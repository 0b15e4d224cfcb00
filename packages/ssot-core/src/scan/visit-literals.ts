import type ts from 'typescript';
import type { FileWalk } from './walk-state';

/**
 * String literals and templates without expressions, kept when the interest names their value
 * (a literal matcher) or when there is no interest (every one). Import specifiers are never
 * reached: module-level declarations are read, not walked.
 */
export function visitLiteral(walk: FileWalk, node: ts.StringLiteralLike): void {
  if (walk.interest && !walk.interest.literals.has(node.text)) return;
  walk.facts.literals.push({ ...walk.anchors.at(node), value: node.text, text: node.getText(walk.sf) });
}
