import { first } from '../../../src/db/query';
import { TestAdapter, type Activity, type Attachment } from 'botbuilder';
import { eq } from 'drizzle-orm';
import { kudos, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { OutboxWorker } from '../../../src/jobs/outbox';
import { loadConfig } from '../../../src/config';
import { createTeamsAdapter } from '../../../src/teams/app';
import { FrontlineBot } from '../../../src/teams/bot';
import { KUDOS_FORM_VERB } from '../../../src/teams/kudos/kudos-command';
import { TEAMS_SYNTAX } from '../../../src/teams/kit/text';
import { plainText, text } from '../../../src/core/shared/message';
import { openCoreFixture, type CoreFixture } from '../../support/core-fixture';
import { BOT, TENANT } from '../../support/teams-activities';

/** The dialogue logic alone, on botbuilder's TestAdapter: no HTTP, no connector. */
let fixture: CoreFixture;
let bot: FrontlineBot;

beforeEach(async () => {
  fixture = await openCoreFixture();
  const outbox = new OutboxWorker(fixture.ctx, {});
  const config = loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
  bot = createTeamsAdapter(config, fixture.ctx.log, { core: fixture.ctx, outbox }).bot;
});

afterEach(() => fixture.database.close());

const gia = { id: '29:gia', name: 'Gia' };
const ana = { id: '29:ana', name: 'Ana Popescu' };

function personalChat(locale = 'en-US') {
  return new TestAdapter(async (context) => bot.run(context), {
    channelId: 'msteams',
    from: gia,
    recipient: BOT,
    locale,
    conversation: { id: 'a:personal-gia', conversationType: 'personal', tenantId: TENANT },
  } as never);
}

const mention = (user: { id: string; name: string }) => ({
  type: 'mention',
  text: `<at>${user.name}</at>`,
  mentioned: user,
});

/** What the reply's card says, as plain text (its fallback). */
/** A catalog text as Teams shows it in a card's plain text. */
const inTeams = (s: string) => plainText({ parts: [text(s)] }, TEAMS_SYNTAX);

function cardText(activity: Partial<Activity>): string {
  const card = (activity.attachments as Attachment[] | undefined)?.[0]?.content as
    { fallbackText?: string } | undefined;
  return card?.fallbackText ?? '';
}

test('`kudos` alone answers with the kudos form as an Adaptive Card', async () => {
  await personalChat()
    .send('kudos')
    .assertReply((reply) => {
      const attachment = reply.attachments![0]!;
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const content = attachment.content as { actions: { type: string; verb: string }[] };
      expect(content.actions[0]).toMatchObject({ type: 'Action.Execute', verb: KUDOS_FORM_VERB });
    });
});

test('`kudos @Ana great work …` records the kudos and confirms it', async () => {
  await personalChat()
    .send({
      type: 'message',
      text: 'kudos <at>Ana Popescu</at> great work on the ACME migration',
      entities: [mention(ana)],
    } as Partial<Activity>)
    .assertReply((reply) => {
      expect(cardText(reply)).toBe(t('en', 'kudos.recorded', { recipients: '@Ana Popescu' }));
      expect(JSON.stringify(reply.attachments)).toContain('<at>Ana Popescu</at>');
    });
  const rows = await fixture.ctx.db.select().from(kudos);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.words).toBe('great work on the ACME migration');
  const recipient = (await first(
    fixture.ctx.db.select().from(people).where(eq(people.id, rows[0]!.recipientId)),
  ))!;
  // The roster was out of reach: the mention's own id and name were kept.
  expect(recipient).toMatchObject({ platformUserId: '29:ana', name: 'Ana Popescu' });
});

test('rule errors come in the language of the activity', async () => {
  await personalChat('ru-RU')
    .send({
      type: 'message',
      text: 'kudos <at>Gia</at> thanks for everything you did',
      entities: [mention(gia)],
    } as Partial<Activity>)
    .assertReply((reply) => expect(cardText(reply)).toBe(t('ru', 'kudos.error.self')))
    .send({
      type: 'message',
      text: 'kudos <at>Ana Popescu</at> thanks',
      entities: [mention(ana)],
    } as Partial<Activity>)
    .assertReply((reply) =>
      expect(cardText(reply)).toBe(t('ru', 'kudos.error.tooShort', { min: 10, length: 6 })),
    );
  expect(await fixture.ctx.db.select().from(kudos)).toHaveLength(0);
});

test('anything else gets the help, which says how to write commands in Teams', async () => {
  await personalChat('lt-LT')
    .send('labas')
    .assertReply((reply) => {
      const help = cardText(reply);
      expect(help).toContain(inTeams(t('lt', 'teams.help.intro')));
      // In Teams' own syntax: no slash commands, no Slack markup, no Slack.
      expect(help).toContain('kudos @Ana ačiū už …');
      expect(help).toContain('escalate help');
      expect(help).not.toMatch(/\/kudos|\/escalate|`|\*|Slack/);
    });
});

test('a kudos typed with a hand-written <@id> names nobody', async () => {
  await personalChat()
    .send('kudos <@29:ana> thanks for the help with the ACME outage')
    .assertReply((reply) =>
      expect(cardText(reply)).toBe(inTeams(t('en', 'kudos.error.noRecipient'))),
    );
});
