import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './e2e-workspace';
import { runCommand } from './run-command';

/** One message of `eslint --format json`, as the e2e tests compare them. */
export interface EslintMessage {
  file: string;
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  suggestions: number;
}

interface EslintFileResult {
  filePath: string;
  output?: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; suggestions?: unknown[] }[];
}

/**
 * Runs the `eslint` CLI installed in `root` (`node_modules/eslint/bin/eslint.js`) over `.` with
 * `--format json` and any extra arguments; its messages (workspace-relative files) and the files
 * for which it produced an `output` (a fix applied, `--fix-dry-run`), and what it printed.
 */
export function runEslintJson(root: string, env: NodeJS.ProcessEnv, extra: string[] = []): { messages: EslintMessage[]; fixedFiles: string[]; output: string } {
  const args = [join(root, 'node_modules/eslint/bin/eslint.js'), ...extra, '--format', 'json', '--output-file', 'eslint.json', '.'];
  const lint = runCommand(process.execPath, args, { cwd: root, env, label: `eslint ${extra.join(' ')} --format json .`, killAfterMs: 600_000 });
  if (lint.status !== 0 && lint.status !== 1) fail('eslint crashed', lint);
  const results: EslintFileResult[] = JSON.parse(readFileSync(join(root, 'eslint.json'), 'utf8'));
  const relative = (file: string) => file.slice(root.length + 1).split('\\').join('/');
  return {
    messages: results.flatMap((result) =>
      result.messages.map((m) => ({ file: relative(result.filePath), ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, suggestions: m.suggestions?.length ?? 0 })),
    ),
    fixedFiles: results.filter((result) => result.output !== undefined).map((result) => relative(result.filePath)),
    output: lint.output,
  };
}

/** The entry a rule's message names: "… (ssot entry Logger)…". */
export function entryOf(message: string): string {
  return /\(ssot entry ([^)]+)\)/.exec(message)?.[1] ?? '?';
}
