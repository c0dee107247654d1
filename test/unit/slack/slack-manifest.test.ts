import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const slackDir = path.join(root, 'src', 'slack');

interface SlashCommand {
  command: string;
  url?: string;
  description?: string;
  usage_hint?: string;
  should_escape?: boolean;
}

interface Manifest {
  features?: {
    app_home?: {
      home_tab_enabled?: boolean;
      messages_tab_enabled?: boolean;
      messages_tab_read_only_enabled?: boolean;
    };
    slash_commands?: SlashCommand[];
    shortcuts?: { type: string; callback_id: string; name: string }[];
  };
  oauth_config?: { scopes?: { bot?: string[] } };
  settings?: {
    interactivity?: { is_enabled?: boolean; request_url?: string };
    event_subscriptions?: { request_url?: string; bot_events?: string[] };
    socket_mode_enabled?: boolean;
  };
}

const manifest = JSON.parse(
  fs.readFileSync(path.join(root, 'manifests', 'slack', 'manifest.json'), 'utf8'),
) as Manifest;

/** Every TypeScript file of the Slack adapter, keyed by its path under src/slack. */
function slackSources(dir = slackDir): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const [name, text] of slackSources(full)) files.set(name, text);
    } else if (entry.name.endsWith('.ts')) {
      files.set(path.relative(slackDir, full), fs.readFileSync(full, 'utf8'));
    }
  }
  return files;
}

const sources = slackSources();
/** Where listeners are registered: each feature's register.ts, called from app.ts. */
const registrations = [...sources]
  .filter(([name]) => name === 'app.ts' || name.endsWith(`${path.sep}register.ts`))
  .map(([, text]) => text)
  .join('\n');

const matchesOf = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => m.slice(1).join('.'));

const registeredCommands = [
  ...new Set(matchesOf(registrations, /\bapp\.command\(\s*['"`](\/[\w-]+)['"`]/g)),
];
const registeredEvents = [
  ...new Set(matchesOf(registrations, /\bapp\.event\(\s*['"`]([\w.]+)['"`]/g)),
];

/** Slack delivers `message` per kind of conversation; the app reads all four. */
const MESSAGE_EVENTS = ['message.channels', 'message.groups', 'message.im', 'message.mpim'];
const subscribedEvents = registeredEvents.flatMap((e) => (e === 'message' ? MESSAGE_EVENTS : [e]));

/** The scope each subscribed event needs; null when the bot user is enough. */
const SCOPE_OF_EVENT: Record<string, string | null> = {
  app_home_opened: null,
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
  'message.mpim': 'mpim:history',
  app_mention: 'app_mentions:read',
  reaction_added: 'reactions:read',
  reaction_removed: 'reactions:read',
  // Sent to every app, no scope needed.
  app_uninstalled: null,
  tokens_revoked: null,
};

/** Shortcut callback ids registered in the code, through the constants their files export. */
const registeredShortcuts = [
  ...new Set(
    [...sources.values()].flatMap((text) =>
      matchesOf(text, /export const \w+_SHORTCUT = ['"`]([\w-]+)['"`]/g),
    ),
  ),
];

/** Web API method families, for calls made through a client under another name. */
const FAMILIES =
  'admin|apps|auth|bookmarks|bots|calls|chat|conversations|dialog|dnd|emoji|files|pins|reactions|reminders|search|team|usergroups|users|views|workflows';
const CALL_PATTERNS = [
  /\bclient\s*\.\s*([a-z]+)\s*\.\s*([A-Za-z]+)\s*\(/g,
  new RegExp(`\\.(${FAMILIES})\\.([a-z][A-Za-z]*)\\s*\\(`, 'g'),
  /\.apiCall\(\s*['"`]([a-z]+)\.([A-Za-z.]+)['"`]/g,
];

/** Where each method is called from, e.g. "chat.postMessage" → ["send-message.ts"]. */
const calledMethods = new Map<string, string[]>();
for (const [file, text] of sources) {
  for (const pattern of CALL_PATTERNS) {
    for (const method of matchesOf(text, pattern)) {
      calledMethods.set(method, [...new Set([...(calledMethods.get(method) ?? []), file])]);
    }
  }
}

/**
 * The bot scopes each Web API method needs; null when the slash command's trigger is enough.
 * A list where the scope depends on the conversation: the app reads DMs, public and private channels.
 */
const SCOPE_OF_METHOD: Record<string, string | string[] | null> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'users.info': 'users:read',
  'views.open': null,
  // Needs no scope: it names the token's own bot.
  'auth.test': null,
  'views.publish': null,
  'conversations.open': 'im:write',
  'conversations.history': ['im:history', 'channels:history', 'groups:history', 'mpim:history'],
  'conversations.replies': ['im:history', 'channels:history', 'groups:history', 'mpim:history'],
  'chat.update': 'chat:write',
  'reactions.add': 'reactions:write',
  'files.info': 'files:read',
  'users.lookupByEmail': 'users:read.email',
  // Only asked of DMs: who is on the other side of one an email arrived in.
  'conversations.info': 'im:read',
};
const scopesOf = (method: string): string[] => [SCOPE_OF_METHOD[method] ?? []].flat();

/** Scopes that no single method names but the code relies on, and why. */
const SCOPES_FOR_BEHAVIOUR: Record<string, string> = {
  'chat:write.public': 'announcements go to channels the bot was never invited to',
  'im:write': 'kudos and digests are sent to people as DMs',
  'users:read.email': 'users.info returns profile.email, used to match imported people',
  'files:read': '.eml attachments are downloaded from their url_private',
};

const botScopes = manifest.oauth_config?.scopes?.bot ?? [];
const slashCommands = manifest.features?.slash_commands ?? [];

describe('Slack app manifest', () => {
  it('finds the commands and Web API calls it checks in the code', () => {
    expect(registeredCommands).toContain('/kudos');
    expect([...calledMethods.keys()]).toEqual(
      expect.arrayContaining(['chat.postMessage', 'users.info']),
    );
  });

  it('declares every slash command the app registers', () => {
    const declared = slashCommands.map((c) => c.command);
    for (const command of registeredCommands) expect(declared).toContain(command);
    expect(botScopes).toContain('commands');
  });

  it('escapes /kudos so mentions arrive as <@U…> tokens the parser can read', () => {
    const kudos = slashCommands.find((c) => c.command === '/kudos');
    expect(kudos?.should_escape).toBe(true);
    expect(kudos?.description).toBeTruthy();
    expect(kudos?.usage_hint).toBeTruthy();
  });

  it('has a scope for every Web API method the Slack adapter calls', () => {
    for (const [method, files] of calledMethods) {
      if (!(method in SCOPE_OF_METHOD)) {
        throw new Error(
          `${method} (called in ${files.join(', ')}) is not in SCOPE_OF_METHOD: ` +
            'add the scope it needs to the map and to manifests/slack/manifest.json',
        );
      }
      expect({ method, scopes: botScopes }).toEqual({
        method,
        scopes: expect.arrayContaining(scopesOf(method)),
      });
    }
  });

  it('asks for users:read.email because the directory reads profile emails', () => {
    const readsEmail = [...sources.values()].some((text) => /\.profile\??\.email\b/.test(text));
    expect(readsEmail).toBe(true);
    expect(botScopes).toContain('users:read.email');
  });

  it('asks for no scope the code does not use', () => {
    const used = new Set<string>(['commands', ...Object.keys(SCOPES_FOR_BEHAVIOUR)]);
    for (const method of calledMethods.keys()) {
      for (const scope of scopesOf(method)) used.add(scope);
    }
    for (const event of subscribedEvents) {
      const scope = SCOPE_OF_EVENT[event];
      if (scope) used.add(scope);
    }
    expect(botScopes.filter((scope) => !used.has(scope))).toEqual([]);
  });

  it('subscribes to every event the app listens to, and to nothing else', () => {
    const events = manifest.settings?.event_subscriptions?.bot_events ?? [];
    expect([...events].sort()).toEqual([...subscribedEvents].sort());
    for (const event of events) {
      expect(event in SCOPE_OF_EVENT).toBe(true);
      expect({ event, scopes: botScopes }).toEqual({
        event,
        scopes: expect.arrayContaining([SCOPE_OF_EVENT[event]].flatMap((s) => s ?? [])),
      });
    }
  });

  it('shows the Home tab the app publishes, and lets people write in its Messages tab', () => {
    const home = manifest.features?.app_home;
    expect(registeredEvents).toContain('app_home_opened');
    expect(calledMethods.has('views.publish')).toBe(true);
    expect(home?.home_tab_enabled).toBe(true);
    // People forward client emails to Frontline in its DM.
    expect(home?.messages_tab_enabled).toBe(true);
    expect(home?.messages_tab_read_only_enabled).toBe(false);
  });

  it('declares every message shortcut the app registers', () => {
    expect(registeredShortcuts).toEqual(
      expect.arrayContaining(['report_abusive_client', 'give_kudos_for_this']),
    );
    const declared = (manifest.features?.shortcuts ?? []).map((s) => s.callback_id);
    expect(declared.sort()).toEqual([...registeredShortcuts].sort());
  });

  it('sends commands and interactivity to POST /slack/events', () => {
    const interactivity = manifest.settings?.interactivity;
    expect(interactivity?.is_enabled).toBe(true);
    expect(interactivity?.request_url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    for (const command of slashCommands) {
      expect({ command: command.command, url: command.url }).toEqual({
        command: command.command,
        url: expect.stringMatching(/^https:\/\/[^/]+\/slack\/events$/),
      });
    }
    const events = manifest.settings?.event_subscriptions;
    if (events?.request_url) expect(events.request_url).toMatch(/\/slack\/events$/);
  });
});
