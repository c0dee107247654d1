import { ConfigError, loadConfig } from '../../../src/config';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

test('Teams is off with no Teams variables', () => {
  expect(loadConfig({}).teams).toBeUndefined();
});

test('MicrosoftAppId with its secret and tenant turns Teams on, authenticated', () => {
  const config = loadConfig({
    MicrosoftAppId: 'app',
    MicrosoftAppPassword: 'secret',
    MicrosoftAppTenantId: 'tenant',
  });
  expect(config.teams).toEqual({ authenticated: true });
  expect(config.MicrosoftAppType).toBe('SingleTenant');
});

test('TEAMS_ALLOW_UNAUTHENTICATED=true turns Teams on without authentication', () => {
  expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }).teams).toEqual({
    authenticated: false,
  });
  expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'false' }).teams).toBeUndefined();
});

test('authentication can be turned off only in development and tests', () => {
  for (const NODE_ENV of ['development', 'test']) {
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', NODE_ENV }).teams).toEqual({
      authenticated: false,
    });
  }
  for (const NODE_ENV of ['production', 'staging', 'prod']) {
    const problems = problemsOf({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', NODE_ENV });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('TEAMS_ALLOW_UNAUTHENTICATED');
    expect(problems[0]).toContain(`"${NODE_ENV}"`);
  }
});

test('a half-configured Teams names every missing variable, secrets not echoed', () => {
  const single = problemsOf({ MicrosoftAppId: 'app' });
  expect(single.map((p) => p.split(':')[0]!.trim())).toEqual([
    '- MicrosoftAppPassword',
    '- MicrosoftAppTenantId',
  ]);
  const multi = problemsOf({ MicrosoftAppId: 'app', MicrosoftAppType: 'MultiTenant' });
  expect(multi.map((p) => p.split(':')[0]!.trim())).toEqual(['- MicrosoftAppPassword']);
  const noId = problemsOf({ MicrosoftAppPassword: 'hunter2' });
  expect(noId.map((p) => p.split(':')[0]!.trim())).toEqual(['- MicrosoftAppId']);
  expect(noId.join('\n')).not.toContain('hunter2');
});

test('TEAMS_ADMINS is a comma-separated list', () => {
  expect(loadConfig({ TEAMS_ADMINS: ' ana@example.com, aad-1 ,,' }).TEAMS_ADMINS).toEqual([
    'ana@example.com',
    'aad-1',
  ]);
});
