import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { kudos, outbox, people, workspaces } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import {
  interactionBody,
  postToSlackEndpoint,
  slashCommandBody,
} from '../../support/slack-request';

let run: Running;

beforeEach(async () => {
  run = await startWithMockSlack();
  run.slack
    .addUser({ id: 'UGIVER', name: 'Gia', email: 'gia@example.com' })
    .addUser({ id: 'UANA', name: 'Ana', email: 'ana@example.com' })
    .addUser({ id: 'UBEN', name: 'Ben', locale: 'ru-RU' })
    .addUser({ id: 'URU', name: 'Ivan', locale: 'ru-RU' })
    .addUser({ id: 'UADMIN', name: 'Ada', is_admin: true })
    .addUser({ id: 'UBOT2', name: 'Helper bot', is_bot: true });
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const messageRows = async () =>
  (await db().select().from(outbox)).filter((r) => r.targetKind !== 'home');
const send = (body: string, options?: Parameters<typeof postToSlackEndpoint>[3]) =>
  postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body, options);
const command = (
  text: string,
  extra: Parameters<typeof slashCommandBody>[0] extends infer C ? Partial<C> : never = {},
) => send(slashCommandBody({ text, ...extra }));

describe('/kudos in Slack, end to end', () => {
  test('records one kudos per recipient before answering, then announces and DMs', async () => {
    const res = await command(
      '<@UANA|ana> <@UBEN|ben> thanks for rescuing the renewal #ownership client:"ACME Ltd"',
    );
    expect(res.status).toBe(200);
    const reply = res.json() as { response_type: string; text: string };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('ACME Ltd');

    // Stored by the time the command was answered.
    const rows = await db().select().from(kudos);
    expect(rows).toHaveLength(2);
    expect(rows.every((k) => k.words === 'thanks for rescuing the renewal')).toBe(true);
    expect(rows[0]!.values).toEqual(['ownership']);

    const posts = await run.slack.waitFor('chat.postMessage', 3);
    const channels = posts.map((p) => p.args.channel).sort();
    expect(channels).toEqual(['C1', 'UANA', 'UBEN']);
    const announcement = posts.find((p) => p.args.channel === 'C1')!;
    const blocksText = JSON.stringify(announcement.args.blocks);
    expect(blocksText).toContain('<@UANA>');
    expect(blocksText).toContain('<@UBEN>');
    expect(blocksText).toContain('<@UGIVER>');
    expect(blocksText).toContain('thanks for rescuing the renewal');
    // Ben reads Slack in Russian: his DM is in Russian.
    const benDm = posts.find((p) => p.args.channel === 'UBEN')!;
    expect(String(benDm.args.text)).toContain('ACME Ltd');
    expect(String(benDm.args.text)).not.toContain('praised you');
  });

  test('the same signed request delivered three times makes one kudos and one set of messages', async () => {
    const body = slashCommandBody({ text: '<@UANA|ana> thanks for staying late on the launch' });
    for (const retryNum of [0, 1, 2]) {
      const res = await send(body, { retryNum });
      expect(res.status).toBe(200);
    }
    expect(await db().select().from(kudos)).toHaveLength(1);
    await run.slack.waitFor('chat.postMessage', 2);
    await run.frontline.outbox.drain();
    expect(run.slack.callsTo('chat.postMessage')).toHaveLength(2);
    // Two messages; the home refresh queued beside them waits out its window.
    expect(await messageRows()).toHaveLength(2);
  });

  test('commands arriving together, from people and about a client not yet known, are all recorded', async () => {
    const names = ['UGIVER', 'UANA', 'UBEN', 'URU', 'UADMIN'];
    const commands = Array.from({ length: 20 }, (_, i) => {
      const giver = names[i % names.length]!;
      const [one, two] = names.filter((n) => n !== giver).slice(i % 3);
      return command(`<@${one}|one> <@${two}|two> kept the account #ownership client:"Globex"`, {
        user_id: giver,
        trigger_id: `t.together.${i}`,
      });
    });
    const answers = await Promise.all(commands);
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    expect(await db().select().from(kudos)).toHaveLength(40);
  });

  test('a forged signature and a stale timestamp get 401 and store nothing', async () => {
    const body = slashCommandBody({ text: '<@UANA|ana> thanks for staying late on the launch' });
    const forged = await send(body, { signature: 'v0=' + '0'.repeat(64) });
    expect(forged.status).toBe(401);
    const stale = await send(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    expect(await db().select().from(kudos)).toHaveLength(0);
    expect(await db().select().from(workspaces)).toHaveLength(0);
    // Nothing but Bolt's own start-up token check reached Slack.
    expect(run.slack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });

  test.each([
    ['thanks for everything', 'kudos.error.noRecipient', {}],
    ['<@UGIVER|gia> thanks for everything you do', 'kudos.error.self', {}],
    ['<@UBOT2|bot> thanks for everything you do', 'kudos.error.bot', { name: 'Helper bot' }],
    ['<@UANA|ana> thanks', 'kudos.error.tooShort', { min: 10, length: 6 }],
    ['@nobody thanks for everything you do', 'kudos.error.unknownPerson', { name: '@nobody' }],
  ] as const)(
    '"%s" is refused with a message that says how to fix it',
    async (text, key, params) => {
      const res = await command(text);
      expect(res.status).toBe(200);
      const reply = res.json() as { response_type: string; text: string };
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toBe(t('en', key, params));
      expect(await db().select().from(kudos)).toHaveLength(0);
    },
  );

  test('a person who reads Slack in Russian is answered in Russian', async () => {
    const res = await command('thanks for everything', { user_id: 'URU', user_name: 'ivan' });
    expect((res.json() as { text: string }).text).toBe(t('ru', 'kudos.error.noRecipient'));
  });

  test('a person who opted out of announcements is recorded and DMed but not announced', async () => {
    await command('<@UBEN|ben> warming up the people table for this test');
    await db()
      .update(people)
      .set({ announceOptOut: true })
      .where(eq(people.platformUserId, 'UANA'));
    run.slack.calls.length = 0;
    // Ana is new to the database here, so opt her out once she exists.
    await command('<@UANA|ana> <@UBEN|ben> thanks for the calm handling of ACME');
    await run.slack.waitFor('chat.postMessage', 3);
    await run.frontline.outbox.drain();
    const posts = run.slack.callsTo('chat.postMessage');
    const announcement = posts.find((p) => p.args.channel === 'C1')!;
    expect(JSON.stringify(announcement.args.blocks)).toContain('<@UBEN>');
    expect(JSON.stringify(announcement.args.blocks)).not.toContain('<@UANA>');
    expect(posts.some((p) => p.args.channel === 'UANA')).toBe(true);
  });

  test('/kudos help answers with usage in the user’s language', async () => {
    const res = await command('help', { user_id: 'URU' });
    expect((res.json() as { text: string }).text).toContain('/kudos @ana @ben');
    expect((res.json() as { text: string }).text).toContain(
      t('ru', 'kudos.help', { min: 10, max: 3000 }).split('\n')[0]!.replace(/\*/g, ''),
    );
  });

  test('/kudos alone opens the form; submitting it records the kudos', async () => {
    const res = await command('', { trigger_id: 'trigger-form-1' });
    expect(res.status).toBe(200);
    const [open] = await run.slack.waitFor('views.open');
    expect(open!.args.trigger_id).toBe('trigger-form-1');
    const view = open!.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('kudos');

    const submission = (words: string, viewId: string) => ({
      type: 'view_submission',
      team: { id: 'T1', domain: 'acme' },
      user: { id: 'UGIVER', name: 'gia', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 'trigger-2',
      view: {
        id: viewId,
        team_id: 'T1',
        type: 'modal',
        callback_id: 'kudos',
        private_metadata: view.private_metadata,
        hash: 'h',
        state: {
          values: {
            recipients: { recipients: { type: 'multi_users_select', selected_users: ['UANA'] } },
            client: { client: { type: 'plain_text_input', value: 'ACME Ltd' } },
            words: { words: { type: 'plain_text_input', value: words } },
            values: { values: { type: 'plain_text_input', value: 'care, Ownership' } },
          },
        },
      },
    });

    const bad = await send(interactionBody(submission('short', 'VBAD')));
    expect(bad.json()).toEqual({
      response_action: 'errors',
      errors: { words: t('en', 'kudos.error.tooShort', { min: 10, length: 5 }) },
    });
    expect(await db().select().from(kudos)).toHaveLength(0);

    const good = await send(interactionBody(submission('You made ACME feel heard today', 'VGOOD')));
    expect((good.json() as { response_action: string }).response_action).toBe('update');
    const [row] = await db().select().from(kudos);
    expect(row).toMatchObject({ source: 'form', values: ['care', 'ownership'] });
    expect(row!.clientId).not.toBeNull();
    const posts = await run.slack.waitFor('chat.postMessage', 2);
    expect(posts.map((p) => p.args.channel).sort()).toEqual(['C1', 'UANA']);
  });

  test('only admins set managers', async () => {
    const refused = await command('manager <@UANA|ana> <@UBEN|ben>');
    expect((refused.json() as { text: string }).text).toBe(t('en', 'manager.notAdmin'));

    const done = await command('manager <@UANA|ana> <@UBEN|ben>', { user_id: 'UADMIN' });
    expect(JSON.stringify((done.json() as { blocks: unknown }).blocks)).toContain(
      '<@UBEN> is now <@UANA>',
    );
    const ana = (await first(db().select().from(people).where(eq(people.platformUserId, 'UANA'))))!;
    const ben = (await first(db().select().from(people).where(eq(people.platformUserId, 'UBEN'))))!;
    expect(ana.managerId).toBe(ben.id);
  });

  test('a failing Slack API during delivery is retried, not lost', async () => {
    let failures = 0;
    run.slack.override = (method) => {
      if (method === 'chat.postMessage' && failures++ === 0) {
        return {
          status: 429,
          headers: { 'retry-after': '0' },
          body: { ok: false, error: 'ratelimited' },
        };
      }
      return undefined;
    };
    await command('<@UANA|ana> thanks for the calm handling of ACME');
    await run.slack.waitFor('chat.postMessage', 2);
    await new Promise((r) => setTimeout(r, 50));
    await run.frontline.outbox.drain();
    expect((await messageRows()).every((r) => r.status === 'sent')).toBe(true);
  });

  test('a person opts out of announcements with /kudos announce off', async () => {
    const res = await command('announce off', { user_id: 'UANA' });
    expect((res.json() as { text: string }).text).toBe(t('en', 'settings.announce.off'));
    const ana = (await first(db().select().from(people).where(eq(people.platformUserId, 'UANA'))))!;
    expect(ana.announceOptOut).toBe(true);
    await command('<@UANA|ana> thanks for the calm handling of ACME');
    await run.slack.waitFor('chat.postMessage', 1);
    await run.frontline.outbox.drain();
    expect(run.slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['UANA']);
  });

  test('admins choose the kudos channel and a daily limit; others are refused', async () => {
    const refused = await command('limit 1');
    expect((refused.json() as { text: string }).text).toBe(t('en', 'settings.notAdmin'));
    const bad = await command('limit lots', { user_id: 'UADMIN' });
    expect((bad.json() as { text: string }).text).toBe(
      t('en', 'settings.limit.usage', { max: 100 }),
    );
    await command('limit 1', { user_id: 'UADMIN' });
    await command('channel here', { user_id: 'UADMIN', channel_id: 'CKUDOS' });
    const [ws] = await db().select().from(workspaces);
    expect(ws).toMatchObject({ kudosDailyLimit: 1, kudosChannel: 'CKUDOS' });

    await command('<@UANA|ana> thanks for the calm handling of ACME', { channel_id: 'C1' });
    const posts = await run.slack.waitFor('chat.postMessage', 2);
    expect(posts.map((c) => c.args.channel).sort()).toEqual(['CKUDOS', 'UANA']);
    const second = await command('<@UBEN|ben> thanks for the calm handling of ACME');
    expect((second.json() as { text: string }).text).toBe(
      t('en', 'kudos.error.dailyLimit', { limit: 1 }),
    );
    expect(await db().select().from(kudos)).toHaveLength(1);
  });

  test('Slack-escaped text: "&amp;" joins names, and the words keep their & < >', async () => {
    const res = await command('<@UANA|ana> &amp; <@UBEN|ben> fixed R&amp;D &lt;3 in one day');
    expect(res.status).toBe(200);
    const rows = await db().select().from(kudos);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.words).toBe('fixed R&D <3 in one day');
  });
});
