import type { NormalizedPluginOptions } from '../../plugin/plugin-options';

/** What `init` prints when it is done: the three things to do next, with the real names. */
export function formatNextSteps(rootProject: string, options: NormalizedPluginOptions): string[] {
  return [
    'ssot is set up. Next:',
    `  1. Register a single source of truth in ${options.registry} ("entries"; its $comment shows an example),`,
    '     or scaffold one with its registry entry: nx g ssot-plugin:class <ClassName> --project <project>',
    `  2. Check every project: nx run-many -t ${options.targetName}`,
    `  3. See the workspace report: nx run ${rootProject}:${options.reportTargetName} (files in ${options.reportDir}/)`,
    `  To accept a project's current bypasses as known, so that only new ones fail: nx run <project>:${options.baselineTargetName}`,
  ];
}
