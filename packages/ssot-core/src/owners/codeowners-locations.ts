import type { FileHost } from '../workspace/file-host';

/**
 * Where GitHub looks for CODEOWNERS, in its order (the first found is the one used), then GitLab's
 * own folder. Every location is an input of `ssot-check`, so adding or editing one invalidates
 * Nx's cached results.
 */
export const CODEOWNERS_LOCATIONS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

export function findCodeowners(host: FileHost): { file: string; text: string } | undefined {
  for (const file of CODEOWNERS_LOCATIONS) {
    const text = host.readFile(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}
