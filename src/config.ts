import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

/** A duration in milliseconds, from 100 ms to 5 minutes. */
const milliseconds = (fallback: number) =>
  z.coerce
    .number({ error: 'milliseconds, from 100 to 300000' })
    .int('milliseconds, from 100 to 300000')
    .min(100, 'milliseconds, from 100 to 300000')
    .max(300_000, 'milliseconds, from 100 to 300000')
    .default(fallback);

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'a port number from 0 to 65535' })
    .int('a port number from 0 to 65535')
    .min(0, 'a port number from 0 to 65535')
    .max(65535, 'a port number from 0 to 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'an address to listen on').default('0.0.0.0'),
  DATABASE_PATH: z.string().trim().min(1, 'a file path').default('./data/frontline.db'),
  /** postgres://…: PostgreSQL instead of the SQLite file at DATABASE_PATH. */
  DATABASE_URL: optional.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'a postgres:// URL',
  }),
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'a bot token starting with xoxb-',
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'an app-level token starting with xapp-',
  }),
  /** With SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: installs in many workspaces by OAuth. */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  /** Seals stored Slack tokens: 32 random bytes, base64 (`openssl rand -base64 32`). */
  FRONTLINE_ENCRYPTION_KEY: optional.refine(
    (v) => v === undefined || Buffer.from(v, 'base64').length === 32,
    { message: '32 random bytes, base64 encoded (openssl rand -base64 32)' },
  ),
  /** Keys being rotated out: they still open what they sealed, which is sealed again at start. */
  FRONTLINE_OLD_ENCRYPTION_KEYS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .refine((keys) => keys.every((k) => Buffer.from(k, 'base64').length === 32), {
      message: 'keys of 32 bytes, base64 encoded, separated by commas',
    }),
  SLACK_API_URL: optional
    .refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
      message: 'an http(s) URL such as https://slack.com/api/',
    })
    // The Web API client joins method names onto this base.
    .transform((v) => (v && !v.endsWith('/') ? `${v}/` : v)),
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppType: z
    .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
    .default('SingleTenant'),
  MicrosoftAppTenantId: optional,
  /** Runs Teams with no Bot Framework authentication: for tests and local trials only. */
  TEAMS_ALLOW_UNAUTHENTICATED: z
    .enum(['true', 'false'], { error: 'true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** Frontline's admins in Teams, by email or directory object id, separated by commas. */
  TEAMS_ADMINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  /** The operator's own privacy notice and terms: `/privacy` and `/terms` redirect there. */
  PRIVACY_URL: optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
    message: 'an http(s) URL of your privacy notice',
  }),
  TERMS_URL: optional.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
    message: 'an http(s) URL of your terms of use',
  }),
  /** Forwarded emails larger than this are answered, not read. */
  EMAIL_MAX_BYTES: z.coerce
    .number({ error: 'a size in bytes, from 1024 to 26214400' })
    .int('a size in bytes, from 1024 to 26214400')
    .min(1024, 'a size in bytes, from 1024 to 26214400')
    .max(26_214_400, 'a size in bytes, from 1024 to 26214400')
    .default(1_048_576),
  /** Pasted forwards longer than this (in characters) are answered, not read. */
  EMAIL_MAX_CHARS: z.coerce
    .number({ error: 'a number of characters, from 1000 to 1000000' })
    .int('a number of characters, from 1000 to 1000000')
    .min(1000, 'a number of characters, from 1000 to 1000000')
    .max(1_000_000, 'a number of characters, from 1000 to 1000000')
    .default(100_000),
  /** A client that has not sent its request's headers within this is cut off. */
  HTTP_HEADERS_TIMEOUT_MS: milliseconds(5_000),
  /** A client that has not sent its whole request (headers and body) within this is cut off. */
  HTTP_REQUEST_TIMEOUT_MS: milliseconds(10_000),
  /** An idle keep-alive connection is closed after this. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds(5_000),
  /**
   * conversations.history and .replies calls a minute: 1 for an app distributed outside the
   * Slack Marketplace (Slack's limit since 2025), 50 (Tier 3) for a Marketplace-approved one.
   */
  SLACK_HISTORY_PER_MINUTE: z.coerce
    .number({ error: 'calls a minute, from 1 to 100' })
    .min(1, 'calls a minute, from 1 to 100')
    .max(100, 'calls a minute, from 1 to 100')
    .default(1),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  NODE_ENV: z.string().default('development'),
});

/** Slack needs its variables together; checked on the raw values so every problem shows at once. */
function missingCompanions(env: NodeJS.ProcessEnv): { name: string; message: string }[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  if (set('SLACK_CLIENT_ID')) return oauthProblems(set);
  const problems: { name: string; message: string }[] = [];
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) {
    problems.push({
      name: 'SLACK_SIGNING_SECRET',
      message: 'the app’s signing secret (needed with SLACK_BOT_TOKEN)',
    });
  }
  if ((set('SLACK_SIGNING_SECRET') || set('SLACK_APP_TOKEN')) && !set('SLACK_BOT_TOKEN')) {
    problems.push({
      name: 'SLACK_BOT_TOKEN',
      message: 'a bot token starting with xoxb- (Slack is half configured)',
    });
  }
  return problems;
}

/** Installing by OAuth needs the app's secrets, and a key to seal the tokens it receives. */
function oauthProblems(set: (name: string) => boolean): { name: string; message: string }[] {
  const needed: [string, string][] = [
    ['SLACK_CLIENT_SECRET', 'the app’s client secret (needed with SLACK_CLIENT_ID)'],
    [
      'SLACK_STATE_SECRET',
      'a long random string that signs install links (needed with SLACK_CLIENT_ID)',
    ],
    ['SLACK_SIGNING_SECRET', 'the app’s signing secret (needed with SLACK_CLIENT_ID)'],
    ['FRONTLINE_ENCRYPTION_KEY', '32 random bytes, base64 encoded, to seal the tokens of installs'],
  ];
  const problems = needed
    .filter(([name]) => !set(name))
    .map(([name, message]) => ({ name, message }));
  if (set('SLACK_BOT_TOKEN')) {
    problems.push({
      name: 'SLACK_BOT_TOKEN',
      message: 'not set with SLACK_CLIENT_ID: each install brings its own token',
    });
  }
  return problems;
}

/** Where Teams may run without authentication: a developer's machine and the tests, nowhere else. */
const UNAUTHENTICATED_ENVIRONMENTS = ['development', 'test'];

/** Teams needs its variables together, and authentication on outside development and tests. */
function teamsProblems(env: NodeJS.ProcessEnv): { name: string; message: string }[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  const problems: { name: string; message: string }[] = [];
  const unauthenticated = env.TEAMS_ALLOW_UNAUTHENTICATED?.trim() === 'true';
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  if (unauthenticated && !UNAUTHENTICATED_ENVIRONMENTS.includes(nodeEnv)) {
    problems.push({
      name: 'TEAMS_ALLOW_UNAUTHENTICATED',
      message:
        `true only when NODE_ENV is development or test (it is "${nodeEnv}"): ` +
        'set MicrosoftAppId and its credentials instead',
    });
  }
  if (unauthenticated && set('MicrosoftAppId')) {
    problems.push({
      name: 'TEAMS_ALLOW_UNAUTHENTICATED',
      message: 'not set together with MicrosoftAppId (authentication is on when the app id is set)',
    });
  }
  if (!set('MicrosoftAppId')) {
    for (const name of ['MicrosoftAppPassword', 'MicrosoftAppTenantId']) {
      if (set(name)) {
        problems.push({
          name: 'MicrosoftAppId',
          message: `the bot's Microsoft App id (Teams is half configured: ${name} is set)`,
        });
        break;
      }
    }
    return problems;
  }
  const type = env.MicrosoftAppType?.trim() || 'SingleTenant';
  if (type !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) {
    problems.push({
      name: 'MicrosoftAppPassword',
      message: `the app's client secret (needed with MicrosoftAppId for ${type})`,
    });
  }
  if ((type === 'SingleTenant' || type === 'UserAssignedMSI') && !set('MicrosoftAppTenantId')) {
    problems.push({
      name: 'MicrosoftAppTenantId',
      message: `the app's directory (tenant) id (needed with MicrosoftAppId for ${type})`,
    });
  }
  return problems;
}

/** Node refuses a headers timeout longer than the whole request's. */
function timeoutProblems(
  config: z.infer<typeof schema> | undefined,
): { name: string; message: string }[] {
  if (!config || config.HTTP_HEADERS_TIMEOUT_MS <= config.HTTP_REQUEST_TIMEOUT_MS) return [];
  return [
    {
      name: 'HTTP_HEADERS_TIMEOUT_MS',
      message: `at most HTTP_REQUEST_TIMEOUT_MS (${config.HTTP_REQUEST_TIMEOUT_MS})`,
    },
  ];
}

export type Config = z.infer<typeof schema> & {
  /** `oauth`: installed in many workspaces, each with its own token. */
  slack?: { mode: 'http' | 'socket'; oauth?: boolean };
  /** Set when Teams is on: with Bot Framework authentication, or without it for tests. */
  teams?: { authenticated: boolean };
};

/** The database to open: the PostgreSQL URL when set, else the SQLite file. */
export const databaseTarget = (config: Config): string =>
  config.DATABASE_URL ?? config.DATABASE_PATH;

/** The database as logs and messages name it: a URL without its password. */
export function databaseLabel(config: Config): string {
  if (!config.DATABASE_URL) return config.DATABASE_PATH;
  const url = new URL(config.DATABASE_URL);
  url.password = '';
  return url.toString();
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Frontline cannot start: fix these environment variables\n${problems.join('\n')}`);
  }
}

/** Reads the environment once; every bad variable is named in one error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const issues = [
    ...(parsed.error?.issues ?? []).map((i) => ({ name: i.path.join('.'), message: i.message })),
    ...missingCompanions(env),
    ...teamsProblems(env),
    ...timeoutProblems(parsed.data),
  ];
  if (!parsed.success || issues.length > 0) {
    throw new ConfigError(
      issues.map(({ name, message }) => {
        const got = env[name];
        const secret = /TOKEN|SECRET|PASSWORD|DATABASE_URL/i.test(name);
        const shown = got === undefined ? 'not set' : secret ? 'got a value' : `got "${got}"`;
        return `  - ${name}: expected ${message} (${shown})`;
      }),
    );
  }
  const config: Config = parsed.data!;
  if (config.SLACK_BOT_TOKEN) config.slack = { mode: config.SLACK_APP_TOKEN ? 'socket' : 'http' };
  if (config.SLACK_CLIENT_ID) config.slack = { mode: 'http', oauth: true };
  if (config.MicrosoftAppId) config.teams = { authenticated: true };
  else if (config.TEAMS_ALLOW_UNAUTHENTICATED) config.teams = { authenticated: false };
  return config;
}
