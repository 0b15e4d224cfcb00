import { join } from 'node:path';
import { cacheDir, workspaceRoot } from '@nx/devkit';
import { getFactsCacheDirectory, isFactsCacheOffInEnv } from './facts-cache-location';

describe('facts cache location and switch', () => {
  it('is a folder of Nx’s cache directory for the workspace Nx runs in', () => {
    expect(getFactsCacheDirectory(workspaceRoot)).toBe(join(cacheDir, 'ssot-facts'));
  });

  it('is under another root’s default cache directory for a session over that root', () => {
    expect(getFactsCacheDirectory('/elsewhere/ws')).toBe(join('/elsewhere/ws', '.nx', 'cache', 'ssot-facts'));
  });

  it.each([
    [undefined, false],
    ['', false],
    ['true', false],
    ['1', false],
    ['false', true],
    ['FALSE', true],
    [' 0 ', true],
    ['off', true],
    ['no', true],
  ])('SSOT_FACTS_CACHE=%p turns it off: %p', (value, off) => {
    expect(isFactsCacheOffInEnv(value === undefined ? {} : { SSOT_FACTS_CACHE: value })).toBe(off);
  });
});
