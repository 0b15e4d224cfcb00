import { NewLineKind, Project, QuoteKind, ts, type SourceFile } from 'ts-morph';
import type { FileHost } from '../workspace/file-host';

/**
 * The ts-morph project the fixes are planned and applied in. It lives in memory: the workspace
 * files it holds come from the FileHost (the Nx Tree in the generator), so nothing touches the
 * disk and `--dry-run` stays honest. It holds TypeScript's lib (for the checker's view of globals),
 * the SSOT sources whose declarations are compared, one consumer file at a time, and probes.
 */
export class InMemoryProject {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      allowJs: true,
      jsx: ts.JsxEmit.Preserve,
      strict: true,
      noEmit: true,
      experimentalDecorators: true,
    },
  });
  /** SSOT sources by workspace path: kept for the whole run, restored after being edited as consumers. */
  private readonly pinned = new Map<string, string>();
  private readonly probes = new Map<string, SourceFile>();

  constructor(private readonly host: FileHost) {}

  /** An SSOT source, loaded once; undefined when the host cannot read it. */
  getSource(file: string): SourceFile | undefined {
    const existing = this.project.getSourceFile(toPath(file));
    if (existing && this.pinned.has(file)) return existing;
    const text = this.host.readFile(file);
    if (text === undefined) return undefined;
    this.pinned.set(file, stripBom(text));
    return this.project.createSourceFile(toPath(file), stripBom(text), { overwrite: true });
  }

  /** A consumer file to plan and edit; its quotes and line endings set how ts-morph writes. */
  openFile(file: string, text: string): SourceFile {
    const body = stripBom(text);
    this.project.manipulationSettings.set({
      quoteKind: /^\s*import\b[^'"]*"/m.test(body) ? QuoteKind.Double : QuoteKind.Single,
      newLineKind: body.includes('\r\n') ? NewLineKind.CarriageReturnLineFeed : NewLineKind.LineFeed,
    });
    return this.project.createSourceFile(toPath(file), body, { overwrite: true });
  }

  /** Drops a consumer file (an SSOT source gets its original text back). */
  closeFile(sourceFile: SourceFile, file: string): void {
    const original = this.pinned.get(file);
    if (original !== undefined) sourceFile.replaceWithText(original);
    else this.project.removeSourceFile(sourceFile);
  }

  /**
   * A file holding `const __probe = <expression>` after `import { head } from '<source>'`, so the
   * checker types the expression against the SSOT's own declarations. Kept per expression.
   */
  getProbe(source: string, head: string, expression: string): SourceFile {
    const key = `${source}\0${head}\0${expression}`;
    let probe = this.probes.get(key);
    if (!probe) {
      const text = `import { ${head} } from '${toPath(source)}';\nexport const __probe = ${expression};\n`;
      probe = this.project.createSourceFile(`/__ssot_migrate_probe_${this.probes.size}__.ts`, text);
      this.probes.set(key, probe);
    }
    return probe;
  }
}

/** `.` never appears: workspace paths are relative and normalised. */
export function toPath(file: string): string {
  return `/${file}`;
}

export function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
