import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    'node_modules/email-forward-parser/.+\\.js$': '<rootDir>/test/support/esm-transform.cjs',
  },
  transformIgnorePatterns: ['node_modules/(?!email-forward-parser/)'],
  testTimeout: 20000,
  setupFilesAfterEnv: ['<rootDir>/test/support/no-unhandled-rejections.ts'],
};

export default config;
