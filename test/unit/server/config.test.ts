import { ConfigError, loadConfig } from '../../../src/config';

test('defaults follow the runtime contract', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    PORT: 3000,
    DATABASE_PATH: './data/frontline.db',
    LOG_LEVEL: 'info',
  });
  expect(config.slack).toBeUndefined();
});

test('HTTP mode with a token and a signing secret; Socket Mode when an app token is added', () => {
  const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
  expect(http.slack).toEqual({ mode: 'http' });
  const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
  expect(socket.slack).toEqual({ mode: 'socket' });
});

test('SLACK_API_URL gets the trailing slash the Web API client needs', () => {
  expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:9/api' }).SLACK_API_URL).toBe(
    'http://127.0.0.1:9/api/',
  );
});

test('every bad variable is named once, secrets are not echoed', () => {
  let error: unknown;
  try {
    loadConfig({ PORT: '70000', SLACK_APP_TOKEN: 'xoxp-wrong', SLACK_API_URL: 'slack.com' });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const problems = (error as ConfigError).problems;
  expect(problems.map((p) => p.split(':')[0]!.trim())).toEqual([
    '- PORT',
    '- SLACK_APP_TOKEN',
    '- SLACK_API_URL',
    '- SLACK_BOT_TOKEN',
  ]);
  expect(problems.join('\n')).not.toContain('xoxp-wrong');
  expect(problems.join('\n')).toContain('got "70000"');
});

test('PRIVACY_URL and TERMS_URL must be http(s) URLs', () => {
  expect(() => loadConfig({ PRIVACY_URL: 'acme.example/privacy', TERMS_URL: 'ftp://x' })).toThrow(
    /PRIVACY_URL: expected an http\(s\) URL of your privacy notice[\s\S]*TERMS_URL: expected/,
  );
  expect(loadConfig({ PRIVACY_URL: 'https://acme.example/p' }).PRIVACY_URL).toBe(
    'https://acme.example/p',
  );
});

test('HTTP timeouts have defaults, a range, and headers may not outlast the whole request', () => {
  expect(loadConfig({})).toMatchObject({
    HTTP_HEADERS_TIMEOUT_MS: 5000,
    HTTP_REQUEST_TIMEOUT_MS: 10000,
    HTTP_KEEP_ALIVE_TIMEOUT_MS: 5000,
  });
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (err) {
      return (err as ConfigError).problems;
    }
  };
  expect(problems({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '5' })).toEqual([
    '  - HTTP_KEEP_ALIVE_TIMEOUT_MS: expected milliseconds, from 100 to 300000 (got "5")',
  ]);
  expect(problems({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' })).toEqual([
    '  - HTTP_HEADERS_TIMEOUT_MS: expected at most HTTP_REQUEST_TIMEOUT_MS (10000) (got "20000")',
  ]);
});

test('installing by OAuth needs the app’s secrets and a key to seal tokens, and no single bot token', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (err) {
      return (err as ConfigError).problems.map((p) => p.split(':')[0]!.trim());
    }
  };
  expect(problems({ SLACK_CLIENT_ID: '1.2', SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
    '- SLACK_CLIENT_SECRET',
    '- SLACK_STATE_SECRET',
    '- SLACK_SIGNING_SECRET',
    '- FRONTLINE_ENCRYPTION_KEY',
    '- SLACK_BOT_TOKEN',
  ]);
  expect(problems({ FRONTLINE_ENCRYPTION_KEY: 'c2hvcnQ=' })).toEqual([
    '- FRONTLINE_ENCRYPTION_KEY',
  ]);
  const key = Buffer.alloc(32, 7).toString('base64');
  const config = loadConfig({
    SLACK_CLIENT_ID: '1.2',
    SLACK_CLIENT_SECRET: 's',
    SLACK_STATE_SECRET: 'state',
    SLACK_SIGNING_SECRET: 'sign',
    FRONTLINE_ENCRYPTION_KEY: key,
    FRONTLINE_OLD_ENCRYPTION_KEYS: `${key}, ${key}`,
  });
  expect(config.slack).toEqual({ mode: 'http', oauth: true });
  expect(config.FRONTLINE_OLD_ENCRYPTION_KEYS).toEqual([key, key]);
});
