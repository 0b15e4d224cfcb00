import type { Candidate } from './proposal';

/** Classes this alike in their public members are the same thing written twice. */
export const MIN_MEMBER_OVERLAP = 0.75;
/** Fewer members than this say too little (`{ id, name }` is every data shape). */
export const MIN_MEMBERS = 4;

/**
 * Groups of classes in different projects whose public members overlap strongly (Jaccard index
 * of the member names), whatever their names: `SessionCache` and `TokenStore`, both with
 * `get`, `set`, `delete`, `clear`. A class joins the first group it overlaps with.
 */
export function groupByMemberOverlap(classes: Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of classes) {
    if (candidate.members.length < MIN_MEMBERS) continue;
    const group = groups.find((members) => members.some((other) => other.project !== candidate.project && overlap(other.members, candidate.members) >= MIN_MEMBER_OVERLAP));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups.filter((group) => group.length > 1);
}

/** |a ∩ b| / |a ∪ b| of two sorted, unique name lists. */
export function overlap(a: string[], b: string[]): number {
  const inB = new Set(b);
  const shared = a.filter((name) => inB.has(name)).length;
  return shared / (a.length + b.length - shared);
}
