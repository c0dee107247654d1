import fs from 'node:fs';
import path from 'node:path';
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

/** The unit tests that open a database (through the core fixture): again on PostgreSQL. */
const unitTestsOnADatabase = (fs.readdirSync('test/unit', { recursive: true }) as string[])
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => fs.readFileSync(path.join('test/unit', file), 'utf8').includes('core-fixture'))
  .map((file) => `<rootDir>/test/unit/${file}`);

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
        ...unitTestsOnADatabase,
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
