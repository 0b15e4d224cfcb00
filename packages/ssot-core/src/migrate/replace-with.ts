/**
 * `replaceWith` on a `global` bypass names the SSOT call that replaces the global, as an
 * expression over one of the entry's exports:
 *
 *   replaceWith = head ("." member)*
 *   head        = name | name "()" | "new " name "()"
 *
 * `name` is an export the entry covers (its `export`, its `factory`, any export for `"*"`); the
 * members are static property names. The matched global path is replaced by this expression and
 * everything after it (further members, the arguments) is kept: with `"JSON.parse"` →
 * `"JsonHandler.parse"`, `JSON.parse(text)` becomes `JsonHandler.parse(text)`; with `"console"` →
 * `"getLogger()"`, `console.warn(m)` becomes `getLogger().warn(m)`.
 */
export interface ReplaceWith {
  /** The export the expression starts from. */
  head: string;
  /** `name`: the export itself; `call`: `name()`; `new`: `new name()`. */
  form: 'name' | 'call' | 'new';
  members: string[];
}

const IDENTIFIER = '[A-Za-z_$][A-Za-z0-9_$]*';
const GRAMMAR = new RegExp(`^(new\\s+)?(${IDENTIFIER})(\\(\\))?((?:\\.${IDENTIFIER})*)$`);
export const REPLACE_WITH_GRAMMAR = 'Export, Export.member, Export().member or new Export().member';

/** The parsed expression, or undefined when `text` is outside the grammar. */
export function parseReplaceWith(text: string): ReplaceWith | undefined {
  const match = GRAMMAR.exec(text.trim());
  if (!match) return undefined;
  const [, isNew, head, called, rest] = match;
  // `new X` without `()` would bind differently once members follow (`new X.y` is `new (X.y)`).
  if (isNew && !called) return undefined;
  if (head === 'new' || head === 'default') return undefined;
  return { head, form: isNew ? 'new' : called ? 'call' : 'name', members: rest.split('.').filter(Boolean) };
}

/** The expression's text with the head written as `headText` (the local name, maybe `ns.Name`). */
export function renderReplaceWith(replaceWith: ReplaceWith, headText: string): string {
  const head = replaceWith.form === 'new' ? `new ${headText}()` : replaceWith.form === 'call' ? `${headText}()` : headText;
  return [head, ...replaceWith.members].join('.');
}

/** `.name`, or `["na-me"]` for a member that is not an identifier (written `x['na-me']` at the site). */
export function renderMember(name: string): string {
  return new RegExp(`^${IDENTIFIER}$`).test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
