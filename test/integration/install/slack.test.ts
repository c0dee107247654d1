import { first, written } from '../../../src/db/query';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { enqueueDelivery } from '../../../src/core/delivery/deliveries';
import { text } from '../../../src/core/shared/message';
import { outbox, slackInstallations, workspaces } from '../../../src/db/schema';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

const recorded = (name: string) =>
  JSON.parse(
    fs.readFileSync(
      path.join(__dirname, '..', '..', 'fixtures', 'recorded', 'slack', name),
      'utf8',
    ),
  ) as Record<string, unknown>;

const TOKENS = { TACME: 'xoxb-acme-bot-token', TGLOBEX: 'xoxb-globex-bot-token' };
type Team = keyof typeof TOKENS;

let run: Running;

beforeEach(async () => {
  run = await startWithMockSlack({
    SLACK_BOT_TOKEN: '',
    SLACK_CLIENT_ID: '2141029472.691202649728',
    SLACK_CLIENT_SECRET: 'e1b9e11dfcd19c1982d5de12921e17e8c',
    SLACK_STATE_SECRET: 'a long random string that signs install links',
    FRONTLINE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  for (const team of Object.keys(TOKENS) as Team[]) {
    // Slack's answer to the install, for this team and its own bot token.
    run.slack.oauthGrants.set(`code-${team}`, {
      ...recorded('oauth-v2-access.json'),
      access_token: TOKENS[team],
      team: { id: team, name: team.slice(1) },
      enterprise: null,
      is_enterprise_install: false,
    });
  }
  run.slack.addUser({ id: 'UANA', name: 'ana' });
  run.slack.addUser({ id: 'UBEN', name: 'ben' });
});
afterEach(() => run.stop());

const db = () => run.frontline.database.db;

/** "Add to Slack": the install page, and the state cookie it sets on the way to Slack. */
async function startInstall(): Promise<{ state: string; cookie: string; page: string }> {
  const res = await fetch(`${run.baseUrl}/slack/install`);
  expect(res.status).toBe(200);
  const page = await res.text();
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const link = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(page)![1]!;
  const state = new URL(link.replaceAll('&amp;', '&')).searchParams.get('state')!;
  return { state, cookie, page };
}

/** Slack sending the installer back with a code, the state, and (or not) the cookie. */
function redirectBack(code: string, state: string, cookie?: string) {
  return fetch(`${run.baseUrl}/slack/oauth_redirect?code=${code}&state=${state}`, {
    headers: cookie ? { cookie } : {},
  });
}

async function install(team: Team): Promise<void> {
  const { state, cookie } = await startInstall();
  const res = await redirectBack(`code-${team}`, state, cookie);
  expect(res.status).toBe(200);
}

test('the install page asks Slack for the manifest’s scopes, with a state bound to a cookie', async () => {
  const { page, state, cookie } = await startInstall();
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(page)![1]!;
  const link = new URL(href.replaceAll('&amp;', '&'));
  expect(link.searchParams.get('client_id')).toBe('2141029472.691202649728');
  expect(link.searchParams.get('scope')).toContain('chat:write');
  expect(link.searchParams.get('scope')).toContain('users:read.email');
  expect(state.length).toBeGreaterThan(20);
  expect(cookie).toMatch(/^slack-app-oauth-state=/);
});

test('an install is stored sealed: no token in the database, on disk or in its journal', async () => {
  await install('TACME');
  const rows = await db().select().from(slackInstallations);
  expect(rows.map((r) => r.installedIn)).toEqual(['TACME']);
  expect(rows[0]!.sealed).not.toContain(TOKENS.TACME);
  // On SQLite, the file and its journal (PostgreSQL's files are the server's).
  const files = [run.database, `${run.database}-wal`].filter((f) => fs.existsSync(f));
  for (const file of files) expect(fs.readFileSync(file).includes(TOKENS.TACME)).toBe(false);
  // The code was exchanged once, with the app's own credentials.
  expect(run.slack.callsTo('oauth.v2.access')).toHaveLength(1);
});

test.each([
  ['no cookie', (state: string) => [state, undefined] as const],
  ['another state', (_: string, cookie: string) => ['forged-state', cookie] as const],
])('a redirect with %s is refused and nothing is stored', async (_, forge) => {
  const { state, cookie } = await startInstall();
  const [sentState, sentCookie] = forge(state, cookie);
  const res = await redirectBack('code-TACME', sentState, sentCookie);
  expect(res.status).not.toBe(200);
  expect(await db().select().from(slackInstallations)).toEqual([]);
  expect(run.slack.callsTo('oauth.v2.access')).toHaveLength(0);
});

test('two workspaces: each request and delivery uses its own install’s token, nothing crosses', async () => {
  await install('TACME');
  await install('TGLOBEX');
  for (const team of ['TACME', 'TGLOBEX'] as Team[]) {
    const res = await postToSlackEndpoint(
      run.baseUrl,
      SIGNING_SECRET,
      slashCommandBody({
        team_id: team,
        user_id: 'UANA',
        channel_id: `C${team}`,
        text: `<@UBEN|ben> rescued the ${team} renewal`,
      }),
    );
    expect(res.status).toBe(200);
  }
  await run.frontline.outbox.drain();
  const posts = run.slack.callsTo('chat.postMessage');
  expect(posts.length).toBeGreaterThanOrEqual(2);
  for (const post of posts) {
    const about = (Object.keys(TOKENS) as Team[]).filter((team) =>
      JSON.stringify(post.args).includes(`${team} renewal`),
    );
    expect(about).toHaveLength(1);
    expect(post.token).toBe(TOKENS[about[0]!]);
  }
  // Every call of Frontline's (lookups included) was made with one of the two tokens.
  const tokens = new Set(run.slack.calls.filter((c) => c.token).map((c) => c.token));
  expect([...tokens].sort()).toEqual(Object.values(TOKENS).sort());
});

test('an org-wide install on Enterprise Grid serves a workspace of the organisation, deliveries included, until it is removed', async () => {
  run.slack.oauthGrants.set('code-org', {
    ...recorded('oauth-v2-access.json'),
    access_token: 'xoxb-org-bot-token',
    team: null,
    enterprise: { id: 'E1', name: 'Org' },
    is_enterprise_install: true,
  });
  const { state, cookie } = await startInstall();
  expect((await redirectBack('code-org', state, cookie)).status).toBe(200);
  // Another workspace of the organisation has an install of its own.
  await install('TACME');

  const command = (text: string, team = 'TSALES') =>
    postToSlackEndpoint(
      run.baseUrl,
      SIGNING_SECRET,
      slashCommandBody({
        team_id: team,
        enterprise_id: 'E1',
        is_enterprise_install: team === 'TSALES',
        user_id: 'UANA',
        channel_id: `C${team}`,
        text,
      }),
    );
  expect((await command('<@UBEN|ben> rescued the org renewal')).status).toBe(200);
  expect((await command('help', 'TACME')).status).toBe(200);
  const sales = async () =>
    (await first(db().select().from(workspaces).where(eq(workspaces.externalId, 'TSALES'))))!;
  expect((await sales()).enterpriseId).toBe('E1');
  await run.frontline.outbox.drain();
  const posts = run.slack.callsTo('chat.postMessage');
  expect(posts.some((p) => JSON.stringify(p.args).includes('org renewal'))).toBe(true);
  expect(new Set(posts.filter((p) => p.args.channel === 'CTSALES').map((p) => p.token))).toEqual(
    new Set(['xoxb-org-bot-token']),
  );

  const removed = {
    ...recorded('app-uninstalled.json'),
    team_id: 'TSALES',
    enterprise_id: 'E1',
    is_enterprise_install: true,
    event_id: 'EvOrgRemoved',
  };
  const res = await postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, JSON.stringify(removed), {
    json: true,
  });
  expect(res.status).toBe(200);
  await waitFor(async () => (await sales()).uninstalledAt !== null);
  expect((await db().select().from(slackInstallations)).map((r) => r.installedIn)).toEqual([
    'TACME',
  ]);
  // Its own install still serves the workspace that has one.
  const acme = (await first(
    db().select().from(workspaces).where(eq(workspaces.externalId, 'TACME')),
  ))!;
  expect(acme).toMatchObject({ enterpriseId: 'E1', uninstalledAt: null });
});

test.each([
  ['app_uninstalled', 'app-uninstalled.json'],
  ['tokens_revoked', 'tokens-revoked.json'],
])(
  '%s deletes the install and stops deliveries there, until it is installed again',
  async (_, file) => {
    await install('TACME');
    await install('TGLOBEX');
    const event = { ...recorded(file), team_id: 'TACME', event_id: `Ev${file}` };
    const res = await postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, JSON.stringify(event), {
      json: true,
    });
    expect(res.status).toBe(200);
    const installedIn = async () =>
      (await db().select().from(slackInstallations)).map((r) => r.installedIn);
    await waitFor(async () => (await installedIn()).length === 1);
    expect(await installedIn()).toEqual(['TGLOBEX']);

    const acme = await first(
      db().select().from(workspaces).where(eq(workspaces.externalId, 'TACME')),
    );
    const workspaceId =
      acme?.id ??
      (
        await written(
          db().insert(workspaces).values({ platform: 'slack', externalId: 'TACME' }).returning(),
        )
      ).id;
    await enqueueDelivery(
      db(),
      {
        workspaceId,
        key: 'after-uninstall',
        to: { kind: 'channel', channel: 'C1' },
        message: { parts: [text('hello')] },
      },
      new Date(),
    );
    await run.frontline.outbox.drain();
    const row = (await first(db().select().from(outbox).where(eq(outbox.key, 'after-uninstall'))))!;
    expect(row).toMatchObject({ status: 'failed', lastError: 'Frontline is not installed there' });
    expect(run.slack.callsTo('chat.postMessage').filter((c) => c.token === TOKENS.TACME)).toEqual(
      [],
    );

    await install('TACME');
    expect((await installedIn()).sort()).toEqual(['TACME', 'TGLOBEX']);
  },
);

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 2000;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
