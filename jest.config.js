/** Two suites: unit tests next to the code, e2e tests that drive a real Nx workspace. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }];
const moduleNameMapper = {
  '^ssot-core$': '<rootDir>/packages/ssot-core/src/index.ts',
  '^ssot-core/globs$': '<rootDir>/packages/ssot-core/src/workspace/globs.ts',
  '^ssot-runtime$': '<rootDir>/packages/ssot-runtime/src/index.ts',
};
module.exports = {
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/packages/*/src/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
    },
  ],
  // A global option (ignored inside `projects`): e2e steps drive real Nx and take minutes.
  testTimeout: 600000,
};
