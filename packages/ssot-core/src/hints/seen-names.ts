/**
 * The names one project's code uses, kept while its files are scanned, for "did you mean …?":
 * what a matcher that matched nothing is compared with. Only names a matcher can spell are kept
 * (module specifiers, global member chains, class names), each once.
 */
import type { FileFacts } from '../scan/file-facts';

export class SeenNames {
  readonly specifiers = new Set<string>();
  /** Global member chains and each of their prefixes: `JSON`, `JSON.parse`. */
  readonly globals = new Set<string>();
  /** Classes declared, names imported that look like classes, and globals constructed with `new`. */
  readonly classes = new Set<string>();

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
