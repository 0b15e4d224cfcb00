/**
 * The names one project's code uses, kept while its files are scanned, for "did you mean …?":
 * what a matcher that matched nothing is compared with. Only names a matcher can spell are kept
 * (module specifiers, global member chains, class names), each once.
 */
import type { FileFacts } from '../scan/file-facts';
import { listImportedModules } from '../stages/list-specifiers';

/** Names a file that is not parsed shows in its text: imported, declared and constructed classes. */
const CLASS_NAMES = /\b(?:class|new|import(?:\s+type)?)\s+([A-Z][\w$]*)|\bimport(?:\s+type)?\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}/g;

export class SeenNames {
  readonly specifiers = new Set<string>();
  /** Global member chains and each of their prefixes: `JSON`, `JSON.parse`. */
  readonly globals = new Set<string>();
  /** Classes declared, names imported that look like classes, and globals constructed with `new`. */
  readonly classes = new Set<string>();

  /**
   * A file the import pre-scan did not parse (no import of it can lead to a site): its module
   * specifiers (as TypeScript's pre-processor reads them) and the class names its import clauses, class
   * declarations and `new` expressions show. Its globals need no text: a global chain is only kept
   * when some matcher names its root, and a file holding such a root is parsed.
   */
  addText(text: string, imported = listImportedModules(text)): void {
    for (const specifier of imported) this.specifiers.add(specifier);
    for (const match of text.matchAll(CLASS_NAMES)) {
      if (match[1] !== undefined) this.classes.add(match[1]);
      for (const part of match[2]?.split(',') ?? []) {
        for (const name of part.trim().split(/\s+as\s+/)) if (/^[A-Z][\w$]*$/.test(name.trim())) this.classes.add(name.trim());
      }
    }
  }

  add(facts: FileFacts): void {
    for (const binding of facts.bindings) {
      this.specifiers.add(binding.specifier);
      for (const name of [binding.imported, binding.local]) if (/^[A-Z]/.test(name)) this.classes.add(name);
    }
    for (const module of facts.modules) this.specifiers.add(module.specifier);
    for (const declaration of facts.declarations) if (declaration.kind === 'class') this.classes.add(declaration.name);
    for (const global of facts.globals) {
      // Each prefix: a matcher names a chain of any depth (`process.env`, `process.env.PORT`).
      global.segments.forEach((_, i) => this.globals.add(global.segments.slice(0, i + 1).join('.')));
      if (global.isNew) this.classes.add(global.segments.join('.'));
    }
  }
}
