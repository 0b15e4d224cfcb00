/**
 * Rules a JSON Schema cannot state: unique entry and tier names, tier bounds in order, tier goals
 * keyed by a tier that exists. Runs on the raw value even when the schema found problems, so every
 * mistake is reported in one go; anything of an unexpected shape is left to the schema's errors.
 */
import type { JsonProblem } from './json-document';
import { formatFound, formatJsonPath, isRecord } from './json-path';
import { DEFAULT_TIERS } from './normalized-registry';

export function checkRegistrySemantics(value: unknown): JsonProblem[] {
  if (!isRecord(value)) return [];
  const problems = [
    ...findDuplicateNames(value.entries, 'entries', 'entry'),
    ...findDuplicateNames(value.tiers, 'tiers', 'tier'),
    ...checkTierBounds(value.tiers),
  ];
  problems.push(...checkTierGoals(value.goals, tierNames(value.tiers)));
  return problems;
}

function findDuplicateNames(list: unknown, field: string, noun: string): JsonProblem[] {
  if (!Array.isArray(list)) return [];
  const firstIndex = new Map<string, number>();
  const problems: JsonProblem[] = [];
  list.forEach((item, index) => {
    const name = isRecord(item) ? item.name : undefined;
    if (typeof name !== 'string') return;
    const first = firstIndex.get(name);
    if (first === undefined) {
      firstIndex.set(name, index);
      return;
    }
    problems.push({
      segments: [field, index, 'name'],
      expected: `a unique ${noun} name ("${name}" is already ${formatJsonPath([field, first, 'name'])})`,
      found: formatFound(name),
    });
  });
  return problems;
}

function checkTierBounds(tiers: unknown): JsonProblem[] {
  if (!Array.isArray(tiers)) return [];
  const problems: JsonProblem[] = [];
  tiers.forEach((tier, index) => {
    if (!isRecord(tier) || typeof tier.min !== 'number' || typeof tier.max !== 'number') return;
    if (tier.min > tier.max) {
      problems.push({
        segments: ['tiers', index, 'max'],
        expected: `a number of at least "min" (${tier.min})`,
        found: formatFound(tier.max),
      });
    }
  });
  return problems;
}

function tierNames(tiers: unknown): string[] {
  if (tiers === undefined) return DEFAULT_TIERS.map((t) => t.name);
  if (!Array.isArray(tiers)) return [];
  return tiers.flatMap((t) => (isRecord(t) && typeof t.name === 'string' ? [t.name] : []));
}

function checkTierGoals(goals: unknown, names: readonly string[]): JsonProblem[] {
  if (!isRecord(goals)) return [];
  return Object.keys(goals)
    .filter((key) => key !== '$comment' && !names.includes(key))
    .map((key): JsonProblem => ({
      segments: ['goals', key],
      expected: `a tier name: ${names.map((n) => `"${n}"`).join(', ')}`,
      found: formatFound(key),
      at: 'key',
    }));
}
