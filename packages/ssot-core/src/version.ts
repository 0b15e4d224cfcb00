/** Kept equal to package.json's version by a test; part of every cache key through Nx's externalDependencies. */
export const SSOT_CORE_VERSION = '0.1.0';
