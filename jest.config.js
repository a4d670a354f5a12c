// Unit specs beside the code (src, *.spec.ts), specs of the benchmark's helpers under test/unit,
// and e2e specs under test/e2e (*.e2e-spec.ts).
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
};
// e2e specs compile with the @nestjs/swagger plugin, as `nest build` does, so the
// OpenAPI document under test is the one the service serves.
const e2eTransform = {
  '^.+\\.ts$': [
    'ts-jest',
    {
      // A whole program (not file-by-file transpiling): the plugin reads types.
      tsconfig: 'tsconfig.e2e.json',
      diagnostics: false,
      astTransformers: { before: ['<rootDir>/test/swagger-plugin.transformer.js'] },
    },
  ],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      roots: ['<rootDir>/src', '<rootDir>/test/unit'],
      testRegex: '\\.spec\\.ts$',
      moduleFileExtensions: ['ts', 'js', 'json'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      roots: ['<rootDir>/test'],
      testRegex: '\\.e2e-spec\\.ts$',
      moduleFileExtensions: ['ts', 'js', 'json'],
      transform: e2eTransform,
      setupFiles: ['<rootDir>/test/setup-env.ts'],
    },
  ],
  testTimeout: 60000,
};
