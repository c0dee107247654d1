import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

const schema = z
  .object({
    PORT: z.coerce
      .number({ error: 'a port number from 0 to 65535' })
      .int('a port number from 0 to 65535')
      .min(0, 'a port number from 0 to 65535')
      .max(65535, 'a port number from 0 to 65535')
      .default(3000),
    HOST: z.string().trim().min(1, 'an address to listen on').default('0.0.0.0'),
    DATABASE_PATH: z.string().trim().min(1, 'a file path').default('./data/frontline.db'),
    SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: 'a bot token starting with xoxb-',
    }),
    SLACK_SIGNING_SECRET: optional,
    SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: 'an app-level token starting with xapp-',
    }),
    SLACK_API_URL: optional
      .refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
        message: 'an http(s) URL such as https://slack.com/api/',
      })
      // The Web API client joins method names onto this base.
      .transform((v) => (v && !v.endsWith('/') ? `${v}/` : v)),
    MicrosoftAppId: optional,
    MicrosoftAppPassword: optional,
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optional,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    NODE_ENV: z.string().default('development'),
  })
  .superRefine((env, ctx) => {
    const need = (name: keyof typeof env, why: string) => {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: why });
    };
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN) {
      need('SLACK_SIGNING_SECRET', 'the app’s signing secret (needed with SLACK_BOT_TOKEN)');
    }
    if (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) {
      need('SLACK_BOT_TOKEN', 'a bot token starting with xoxb- (Slack is half configured)');
    }
  });

export type Config = z.infer<typeof schema> & {
  slack?: { mode: 'http' | 'socket' };
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Frontline cannot start: fix these environment variables\n${problems.join('\n')}`);
  }
}

/** Reads the environment once; every bad variable is named in one error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const got = env[name];
        const secret = /TOKEN|SECRET|PASSWORD/i.test(name);
        const shown = got === undefined ? 'not set' : secret ? 'got a value' : `got "${got}"`;
        return `  - ${name}: expected ${issue.message} (${shown})`;
      }),
    );
  }
  const config: Config = parsed.data;
  if (config.SLACK_BOT_TOKEN) config.slack = { mode: config.SLACK_APP_TOKEN ? 'socket' : 'http' };
  return config;
}
