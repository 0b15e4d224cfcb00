import { fail } from '../support/e2e-workspace';

/**
 * The Nx versions the tarball suite installs: the newest installable patch of every major the
 * plugin supports (19 to 24, which the spec asks for, and 17 and 18, which work as well).
 * `@nx/devkit` is not published for every `nx` patch (24.0.7 has none), so each row pairs `nx` with
 * the newest `@nx/devkit` of its major that installs. 19.8.15 cannot be installed: `nx@19.8.15`
 * needs `@nrwl/tao@19.8.15` and `@nx/devkit@19.8.15` needs `@nrwl/devkit@19.8.15`, and the
 * registry has neither (npm fails with ETARGET), so 19 is tested on 19.8.14. Raise a row when a
 * newer patch ships; add a row with a new major (and widen the plugin's peer ranges).
 */
export const NX_MATRIX: readonly NxVersionUnderTest[] = [
  { nx: '17.3.2', devkit: '17.3.2' },
  { nx: '18.3.5', devkit: '18.3.5' },
  { nx: '19.8.14', devkit: '19.8.14' },
  { nx: '20.8.4', devkit: '20.8.4' },
  { nx: '21.6.11', devkit: '21.6.11' },
  { nx: '22.7.12', devkit: '22.7.12' },
  { nx: '23.3.2', devkit: '23.3.2' },
  { nx: '24.0.7', devkit: '24.0.0' },
];

export interface NxVersionUnderTest {
  nx: string;
  devkit: string;
}

/** What the test expects from Nx itself, which differs by version (read from Nx's own code). */
export interface NxFeatures {
  /** `NX_SELF_HOSTED_REMOTE_CACHE_SERVER` / `_ACCESS_TOKEN`: Nx 20.8 and later. */
  selfHostedRemoteCache: boolean;
  /** `preferBatch` in executors.json batches without `--batch`: Nx 22.6 and later (22.5.4 has not). */
  preferBatch: boolean;
  /**
   * `nx run` prints a line for each dependency it replays from the cache: 18.3.5 does; 17.3.2 prints
   * one only for those of the project it runs, and the count of all.
   */
  listsCachedDependencyTasks: boolean;
}

export function nxFeatures(version: string): NxFeatures {
  const [major, minor] = version.split('.').map(Number);
  return {
    selfHostedRemoteCache: major > 20 || (major === 20 && minor >= 8),
    preferBatch: major > 22 || (major === 22 && minor >= 6),
    listsCachedDependencyTasks: major >= 18,
  };
}

/**
 * The rows to run: every row, or the majors `SSOT_E2E_NX` names (`SSOT_E2E_NX=19,24`; `all` or
 * unset: every row). A major that has no row fails here, before anything is installed.
 */
export function selectNxVersions(selection = process.env.SSOT_E2E_NX): NxVersionUnderTest[] {
  if (selection === undefined || selection.trim() === '' || selection.trim() === 'all') return [...NX_MATRIX];
  const majors = selection.split(',').map((part) => part.trim()).filter(Boolean);
  return majors.map(
    (major) =>
      NX_MATRIX.find((row) => row.nx.split('.')[0] === major) ??
      fail(`SSOT_E2E_NX="${selection}": no Nx ${major} in the matrix (e2e/tarball/nx-versions.ts has ${NX_MATRIX.map((row) => row.nx.split('.')[0]).join(', ')}); use majors from that list, or "all"`),
  );
}
