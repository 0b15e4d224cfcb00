import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { CatchStyleMix } from '../result/project-result.generated';
import { describeCatchStyleMix, mergeCatchStyleMixes } from './catch-style-mix';
import { describeLocation, type Detector } from './detector';
import { getErrorHandlingEntries, mayHaveCatch } from './error-handling';

type MessageId = 'noDominantStyle';

export interface InconsistentErrorHandlingOptions {
  /** The share (0..1) of catch clauses one style must reach to count as the convention. */
  dominantShare: number;
  /** Fewer catch clauses than this say nothing about a convention. */
  minCatches: number;
}

/**
 * SPEC §5 `inconsistent-error-handling`: the mix of catch styles (see `CatchStyle`) per project —
 * and, in the report, across the workspace — flagged when no style reaches `dominantShare`. The
 * finding is about a whole project (at its root) or the workspace (at `.`), line 1, column 1.
 */
export const inconsistentErrorHandling: Detector<InconsistentErrorHandlingOptions, MessageId> = {
  id: 'inconsistent-error-handling',
  meta: {
    description: 'A mix of catch styles (log-only, return-error-value, rethrow, rethrow-wrapped, empty, handled) where none dominates: callers cannot predict how a failure reaches them.',
    messages: {
      noDominantStyle: 'no catch style dominates in {{scope}}: {{mix}} of {{total}} catch clauses (none reaches {{share}}%)',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dominantShare: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Share (0..1] of catch clauses one style must reach. Default 0.6.' },
        minCatches: { type: 'integer', minimum: 1, description: 'Projects (and workspaces) with fewer catch clauses are not judged. Default 3.' },
      },
    },
  },
  defaultOptions: { dominantShare: 0.6, minCatches: 3 },
  reads: ['catches', 'catchStyles'],
  createTextFilter: () => mayHaveCatch,
  detect(context) {
    const mix = context.catchStyles;
    if (!mix || !lacksDominantStyle(mix, context.options)) return;
    const scope = `project ${context.project}`;
    context.report({ ...describeFinding(mix, scope, context.options, context.registry), file: context.projectRoot, line: 1, column: 1 });
  },
  detectWorkspace(context) {
    const mix = mergeCatchStyleMixes(context.results.flatMap((result) => (result.catchStyles ? [result.catchStyles] : [])));
    if (!lacksDominantStyle(mix, context.options)) return;
    context.report({ ...describeFinding(mix, 'the workspace', context.options, context.registry), file: '.', line: 1, column: 1, project: '(none)' });
  },
};

export function lacksDominantStyle(mix: CatchStyleMix, options: InconsistentErrorHandlingOptions): boolean {
  const top = mix.styles[0];
  return mix.total >= options.minCatches && top !== undefined && top.count / mix.total < options.dominantShare;
}

function describeFinding(mix: CatchStyleMix, scope: string, options: InconsistentErrorHandlingOptions, registry: NormalizedRegistry) {
  const [handler] = getErrorHandlingEntries(registry);
  const top = mix.styles[0]?.style ?? 'none';
  const fix = handler
    ? `handle errors one way in ${scope}: through ${handler.name} (${describeLocation(handler)}), and convert the other catch clauses`
    : `agree on one way to handle errors in ${scope} (the most common here is ${top}) and convert the other catch clauses`;
  return {
    messageId: 'noDominantStyle' as const,
    data: { scope, mix: describeCatchStyleMix(mix), total: mix.total, share: Math.round(options.dominantShare * 1000) / 10 },
    text: 'catch styles',
    fix,
  };
}
