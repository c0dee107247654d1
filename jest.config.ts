import type { Config } from 'jest';

const shared: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    'node_modules/email-forward-parser/.+\\.js$': '<rootDir>/test/support/esm-transform.cjs',
  },
  transformIgnorePatterns: ['node_modules/(?!email-forward-parser/)'],
  setupFilesAfterEnv: ['<rootDir>/test/support/no-unhandled-rejections.ts'],
};

/** The integration tests through the endpoints, which store, deliver and schedule: again on PostgreSQL. */
const ON_BOTH_ENGINES = [
  'clients',
  'delivery',
  'digests',
  'escalation',
  'forwarded-email',
  'front-door',
  'home',
  'install',
  'kudos',
  'people',
];

const config: Config = {
  testTimeout: 20000,
  projects: [
    { ...shared, displayName: 'sqlite', testMatch: ['**/*.test.ts'] },
    {
      ...shared,
      displayName: 'postgres',
      testMatch: [
        ...ON_BOTH_ENGINES.map((folder) => `<rootDir>/test/integration/${folder}/*.test.ts`),
        '<rootDir>/test/integration/app/metrics.test.ts',
      ],
      // The shell opens its own SQLite file, whatever the engine.
      testPathIgnorePatterns: ['/shell\\.test\\.ts$'],
      setupFiles: ['<rootDir>/test/support/engines/on-postgres.ts'],
      globalSetup: '<rootDir>/test/support/engines/start-postgres.ts',
      globalTeardown: '<rootDir>/test/support/engines/stop-postgres.ts',
    },
  ],
};

export default config;
