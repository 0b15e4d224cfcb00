import type { NormalizedPluginOptions } from '../../plugin/plugin-options';

/** What `init` prints when it is done: the three things to do next, with the real names. */
export function formatNextSteps(rootProject: string, options: NormalizedPluginOptions): string[] {
  return [
    'ssot is set up. Next:',
    `  1. Let ssot propose entries from your code: nx g ssot-plugin:discover --dry-run (then --apply to add them to ${options.registry}),`,
    `     or register one yourself in ${options.registry} ("entries"; its $comment shows an example),`,
    '     or scaffold one with its registry entry: nx g ssot-plugin:class <ClassName> --project <project>',
    `  2. Check every project: nx run-many -t ${options.targetName}`,
    `  3. See the workspace report: nx run ${rootProject}:${options.reportTargetName} (files in ${options.reportDir}/)`,
    `  To accept a project's current bypasses as known, so that only new ones fail: nx run <project>:${options.baselineTargetName}`,
  ];
}
