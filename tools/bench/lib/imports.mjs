// Collects the imports a generated file needs while its body is written, then renders them in a
// stable order (module, then name) at the top of the file.

export class Imports {
  #byModule = new Map();

  /** `kind`: 'named' (default), 'type' (`type X` inside braces), 'default' or 'namespace'. */
  add(module, name, kind = 'named') {
    if (!this.#byModule.has(module)) this.#byModule.set(module, new Map());
    const names = this.#byModule.get(module);
    // A value import wins over a type import of the same name.
    if (names.get(name) !== 'named' || kind !== 'type') names.set(name, kind);
    return name;
  }

  render() {
    const lines = [];
    for (const module of [...this.#byModule.keys()].sort()) {
      const names = this.#byModule.get(module);
      const sorted = [...names.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const head = sorted.filter(([, kind]) => kind === 'default' || kind === 'namespace');
      const braced = sorted.filter(([, kind]) => kind === 'named' || kind === 'type');
      for (const [name, kind] of head) {
        lines.push(kind === 'default' ? `import ${name} from '${module}';` : `import * as ${name} from '${module}';`);
      }
      if (braced.length > 0) {
        const list = braced.map(([name, kind]) => (kind === 'type' ? `type ${name}` : name)).join(', ');
        lines.push(`import { ${list} } from '${module}';`);
      }
    }
    return lines;
  }
}
