// A small seeded PRNG (mulberry32) so the generated workspace is the same for the same seed on
// every machine and Node version. Math.random is never used by the generator.

export function createRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** `weights` is `[[value, weight], …]`. */
    weighted: (weights) => {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of weights) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return weights[weights.length - 1][0];
    },
    /** Up to `count` distinct items, in their original order. */
    sample: (items, count) => {
      const chosen = new Set();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length));
      return [...chosen].sort((a, b) => a - b).map((index) => items[index]);
    },
  };
  return rng;
}

/** A stable sub-seed for one named part (a project), so parts do not shift each other. */
export function deriveSeed(seed, label) {
  let hash = 2166136261 ^ seed;
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 16777619);
  }
  return hash >>> 0;
}
