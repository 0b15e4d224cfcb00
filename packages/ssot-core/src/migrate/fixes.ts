import type { Fix } from './fix-context';
import { factoryCallFix } from './fix-factory-call';
import { globalCallFix } from './fix-global-call';
import { legacyPathFix } from './fix-legacy-path';

/** Every mechanical fix of SPEC §8, in the order they are asked whether a site is theirs. */
export const FIXES: readonly Fix[] = [legacyPathFix, factoryCallFix, globalCallFix];
