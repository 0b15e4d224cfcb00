import type { SourceFile } from 'ts-morph';
import { dropImportIfUnused, ensureImport, moveImport } from './import-edits';

/** A replacement of the original text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type ImportEdit =
  /** Import `name` as `local` from `specifier` (merged into an existing import; a type-only one is made a value import). */
  | { kind: 'ensure'; specifier: string; name: string; local: string; typeOnly: boolean }
  /** Take the binding `local` out of its import of `from` and import `name` as `local` from `to` instead. */
  | { kind: 'move'; from: string; local: string; to: string; name: string; typeOnly: boolean }
  /** Remove the binding `local` imported from `specifier` once nothing refers to it any more. */
  | { kind: 'drop-if-unused'; specifier: string; local: string };

/**
 * The edits planned for one file. Like ESLint's fixer, text edits must not overlap: one that
 * would is not taken (the site is refused; a second run picks it up). Import edits are keyed, so
 * many sites asking for the same import make one.
 */
export class FileEdits {
  private readonly texts: TextEdit[] = [];
  private readonly imports = new Map<string, ImportEdit>();
  /** local name → the import that binds it, so two fixes never bind one name to two things. */
  private readonly locals = new Map<string, string>();

  get isEmpty(): boolean {
    return this.texts.length === 0 && this.imports.size === 0;
  }

  /** Takes a site's edits, or none of them (false) when they collide with edits already taken. */
  take(text: TextEdit | undefined, imports: readonly ImportEdit[]): boolean {
    if (text && this.texts.some((other) => text.start < other.end && other.start < text.end)) return false;
    for (const edit of imports) {
      if (edit.kind === 'drop-if-unused') continue;
      const bound = this.locals.get(edit.local);
      const wanted = `${edit.kind === 'move' ? edit.to : edit.specifier}\0${edit.name}`;
      if (bound !== undefined && bound !== wanted) return false;
    }
    if (text) this.texts.push(text);
    for (const edit of imports) {
      this.imports.set(JSON.stringify(edit), edit);
      if (edit.kind !== 'drop-if-unused') this.locals.set(edit.local, `${edit.kind === 'move' ? edit.to : edit.specifier}\0${edit.name}`);
    }
    return true;
  }

  /** Text edits last-first (offsets stay valid), then moves, additions, and clean-up of imports. */
  apply(file: SourceFile): void {
    for (const edit of [...this.texts].sort((a, b) => b.start - a.start)) file.replaceText([edit.start, edit.end], edit.text);
    const edits = [...this.imports.values()];
    for (const edit of edits) if (edit.kind === 'move') moveImport(file, edit);
    for (const edit of edits) if (edit.kind === 'ensure') ensureImport(file, edit);
    for (const edit of edits) if (edit.kind === 'drop-if-unused') dropImportIfUnused(file, edit);
  }
}
