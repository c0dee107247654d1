import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { EMAIL_ACTIONS } from '../../../src/core/forwarded-email/react';
import { clients, escalations, forwardedEmails, kudos, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { REPORT_VERB } from '../../../src/teams/escalation/escalation-cards';
import { forwardText } from '../../../src/teams/forwarded-email/forwarded-email';
import { GIVE_KUDOS_COMMAND, REPORT_COMMAND } from '../../../src/teams/message-actions';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  CHANNEL,
  cardAction,
  channelMessage,
  fileAttachment,
  installForPerson,
  outboxSettled,
  nextActivityId,
  personalConversation,
  personalMessage,
  postActivity,
  type Activity,
  type TeamsUser,
} from '../../support/teams-activities';

const gia: TeamsUser = { id: '29:gia', name: 'Gia', aadObjectId: 'aad-gia' };
const ana: TeamsUser = { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' };
const ben: TeamsUser = { id: '29:ben', name: 'Ben', aadObjectId: 'aad-ben' };
const ada: TeamsUser = { id: '29:ada', name: 'Ada', aadObjectId: 'aad-ada' };

let run: RunningTeams;
const db = () => run.frontline.database.db;
const emails = async () => await db().select().from(forwardedEmails);
const personal = (user: TeamsUser) => personalConversation(user).id;
const post = async (activity: Activity) => {
  const res = await postActivity(run.baseUrl, activity);
  expect(res.status).toBeLessThan(300);
  return res;
};

const COMPLIMENT_WORDS =
  'Ana, thank you so much, your help was excellent and we really appreciate it.';
const compliment = (to = 'Ana <ana@example.com>', words = COMPLIMENT_WORDS) =>
  'Look what ACME wrote!\n\n---------- Forwarded message ---------\n' +
  'From: John Smith <john@acme-logistics.com>\nDate: Mon, Nov 16, 2026 at 10:12 AM\n' +
  `Subject: Thank you\nTo: ${to}\n\n${words}\n`;

const ABUSE_WORDS =
  'You are useless incompetent idiots. I will make sure you all get fired, you pathetic morons.';
const abuse =
  '---------- Forwarded message ---------\nFrom: Angry Client <boss@rude-corp.com>\n' +
  'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Re: order\nTo: Gia <gia@example.com>\n\n' +
  `${ABUSE_WORDS}\n`;

const sayPrivately = (user: TeamsUser, text: string, extra: Activity = {}) =>
  post({ ...personalMessage({ serviceUrl: run.teams.url, from: user, text }), ...extra });

interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

/** An Action.Execute on a card Frontline posted (`replyToId`), in the personal chat unless told. */
async function click(
  user: TeamsUser,
  verb: string,
  data: Record<string, unknown>,
  options: { channel?: string; replyToId?: string } = {},
): Promise<InvokeAnswer> {
  const activity = cardAction({
    serviceUrl: run.teams.url,
    from: user,
    verb,
    data,
    channel: options.channel,
  });
  const res = await post({ ...activity, replyToId: options.replyToId ?? 'offer-1' });
  return res.body as InvokeAnswer;
}

const verbsIn = (activity: unknown) =>
  [...JSON.stringify(activity).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);

/** Everything Frontline sent to a channel conversation (any of its threads). */
const postsToChannel = () =>
  run.teams.posted().filter((p) => p.conversationId.startsWith(CHANNEL.split(';')[0]!));

beforeEach(async () => {
  run = await startWithMockTeams({ TEAMS_ADMINS: 'ada@example.com' });
  for (const user of [gia, ana, ben, ada]) {
    run.teams.addMember({ ...user, email: `${user.name.toLowerCase()}@example.com` });
  }
  // Gia and Ana have a personal chat with Frontline; Ben has never written to it.
  for (const user of [gia, ana]) {
    await installForPerson(run.baseUrl, run.teams, user);
  }
});

afterEach(() => run.stop());

describe('a forwarded email in the personal chat', () => {
  test('a pasted compliment is stored, offered as a card, and Record kudos records it once', async () => {
    const id = nextActivityId();
    await sayPrivately(gia, compliment(), { id });
    const [row] = await emails();
    expect(row).toMatchObject({
      kind: 'compliment',
      status: 'offered',
      source: 'pasted',
      channel: personal(gia),
      messageTs: id,
    });
    const anaRow = (await first(
      db().select().from(people).where(eq(people.platformUserId, ana.id)),
    ))!;
    expect(row!.concernsIds).toEqual([anaRow.id]);

    // A chat has no threads: the offer is the chat's next message.
    const [offer] = await run.teams.waitForPosts(1, personal(gia));
    expect(verbsIn(offer!.activity)).toEqual([
      EMAIL_ACTIONS.recordKudos,
      EMAIL_ACTIONS.notCompliment,
    ]);
    expect(JSON.stringify(offer!.activity)).toContain('Record kudos for Ana from Acme Logistics');
    expect(run.teams.posted().filter((p) => p.conversationId.includes(';messageid='))).toEqual([]);

    const answer = await click(gia, EMAIL_ACTIONS.recordKudos, { value: row!.id });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain('Kudos recorded for');
    // The offer loses its buttons for everyone, not just for the one who clicked.
    const update = run.teams.calls.find((c) => c.method === 'PUT');
    expect(update!.path).toBe(`/v3/conversations/${personal(gia)}/activities/offer-1`);
    expect(verbsIn(update!.body)).toEqual([]);

    const client = (await first(
      db().select().from(clients).where(eq(clients.id, row!.clientId!)),
    ))!;
    expect(client.name).toBe('Acme Logistics');
    const given = await db().select().from(kudos);
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({
      source: 'email',
      clientId: client.id,
      recipientId: anaRow.id,
      words: COMPLIMENT_WORDS,
    });
    expect((await emails())[0]!.status).toBe('recorded');

    await click(gia, EMAIL_ACTIONS.recordKudos, { value: row!.id });
    expect(await db().select().from(kudos)).toHaveLength(1);
  });

  test('Not a compliment records nothing; someone the email does not concern is refused', async () => {
    await sayPrivately(gia, compliment());
    const [row] = await emails();
    const refused = await click(ben, EMAIL_ACTIONS.notCompliment, { value: row!.id });
    expect(refused.type).toBe('application/vnd.microsoft.activity.message');
    expect(refused.value).toBe(t('en', 'email.notYours'));
    expect((await emails())[0]!.status).toBe('offered');

    const answer = await click(gia, EMAIL_ACTIONS.notCompliment, { value: row!.id });
    expect(JSON.stringify(answer.value)).toContain('marked this as not a compliment');
    expect((await emails())[0]).toMatchObject({ status: 'dismissed', kind: 'neither' });
    expect(await db().select().from(kudos)).toEqual([]);
  });

  test('an .eml file in windows-1251 is downloaded and read with its charset', async () => {
    const url = run.teams.addFile(
      'letter.eml',
      eml(
        'Иван Петров <ivan@romashka.ru>',
        'ana@example.com',
        'Огромное спасибо Ане за отличную работу, мы очень благодарны!',
      ),
    );
    await sayPrivately(gia, '', { attachments: [fileAttachment('letter.eml', url)] });
    const [row] = await emails();
    expect(row).toMatchObject({ kind: 'compliment', language: 'ru', source: 'eml' });
    expect(row!.words).toContain('Огромное спасибо Ане за отличную работу');
    expect(row!.fromAddress).toBe('ivan@romashka.ru');
    expect(run.teams.calls.filter((c) => c.path === '/files/letter.eml')).toHaveLength(1);
  });

  test('the same activity twice is one email; the same email in a new message is told apart', async () => {
    const activity = personalMessage({ serviceUrl: run.teams.url, from: gia, text: compliment() });
    await post(activity);
    await post(activity);
    expect(await emails()).toHaveLength(1);
    await outboxSettled(run.frontline.outbox);
    expect(run.teams.posted(personal(gia))).toHaveLength(1);

    await sayPrivately(ana, compliment());
    expect(await emails()).toHaveLength(1);
    const [answer] = await run.teams.waitForPosts(1, personal(ana));
    expect(JSON.stringify(answer!.activity)).toMatch(/already forwarded/);
  });

  test('broken emails are answered privately with how to fix them, and kept', async () => {
    const noSender =
      '---------- Forwarded message ---------\nSubject: order\n\nPlease call me back today.\n';
    await sayPrivately(gia, noSender);
    const big = run.teams.addFile('huge.eml', Buffer.alloc(2 * 1024 * 1024, 'a'));
    await sayPrivately(gia, '', { attachments: [fileAttachment('huge.eml', big)] });
    const answers = run.teams.posted(personal(gia)).map((p) => JSON.stringify(p.activity));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('keep the “From:” line');
    expect(answers[1]).toContain('too large');
    expect((await emails()).map((e) => [e.status, e.problem])).toEqual([
      ['unreadable', 'noSender'],
      ['unreadable', 'tooLarge'],
    ]);
    expect((await fetch(`${run.baseUrl}/healthz`)).status).toBe(200);
  });

  test('a message that is no forward is still a command', async () => {
    await sayPrivately(gia, 'kudos <at>Ana</at> thanks for covering my shift on Sunday', {
      entities: [{ type: 'mention', text: '<at>Ana</at>', mentioned: ana }],
    });
    expect(await emails()).toEqual([]);
    expect(await db().select().from(kudos)).toHaveLength(1);
  });
});

describe('a forwarded email in a channel', () => {
  test('a compliment in HTML: the person found in the roster by address, the offer in the thread', async () => {
    const id = nextActivityId();
    const html =
      '<p>Look what ACME wrote!</p><p>---------- Forwarded message ---------<br>' +
      'From: John Smith &lt;<a href="mailto:john@acme-logistics.com">john@acme-logistics.com</a>&gt;<br>' +
      'Date: Mon, Nov 16, 2026 at 10:12 AM<br>Subject: Thank you<br>' +
      'To: Ben &lt;ben@example.com&gt;</p>' +
      '<p>Ben, thank you so much, your help was excellent and we really appreciate it.</p>';
    await post({
      ...channelMessage({ serviceUrl: run.teams.url, from: gia, text: html, id }),
      textFormat: 'xml',
    });
    const [row] = await emails();
    expect(row).toMatchObject({ kind: 'compliment', channel: CHANNEL, messageTs: id });
    expect(row!.words).toBe(
      'Ben, thank you so much, your help was excellent and we really appreciate it.',
    );
    const benRow = await first(db().select().from(people).where(eq(people.platformUserId, ben.id)));
    expect(row!.concernsIds).toEqual([benRow!.id]);

    const [offer] = await run.teams.waitForPosts(1, `${CHANNEL};messageid=${id}`);
    expect(verbsIn(offer!.activity)).toContain(EMAIL_ACTIONS.recordKudos);
  });

  test('abuse: nothing in the channel, the offer in the personal chat, and the report linked', async () => {
    await post(channelMessage({ serviceUrl: run.teams.url, from: gia, text: abuse }));
    const [row] = await emails();
    expect(row!.kind).toBe('abusive');
    const [offer] = await run.teams.waitForPosts(1, personal(gia));
    expect(verbsIn(offer!.activity)).toEqual([EMAIL_ACTIONS.report]);
    await outboxSettled(run.frontline.outbox);

    // Neither the client's words nor the offer went to the channel, in any thread.
    expect(postsToChannel()).toEqual([]);
    const everything = JSON.stringify(run.teams.calls);
    expect(everything).not.toContain(ABUSE_WORDS.slice(0, 30));

    const form = await click(gia, EMAIL_ACTIONS.report, { value: row!.id });
    expect(form.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(form.value);
    expect(card).toContain('Rude Corp');
    expect(card).toContain(`"verb":"${REPORT_VERB}"`);
    expect(card).toContain(`"email":"${row!.id}"`);

    const fields = {
      form: 'escalate',
      client: 'Rude Corp',
      what: 'He insulted the whole team on the phone and by email.',
      severity: 'abusive',
      email: String(row!.id),
    };
    // A bad submission is shown again, still carrying the email.
    const again = await click(gia, REPORT_VERB, { ...fields, what: 'rude' });
    expect(JSON.stringify(again.value)).toContain(`"email":"${row!.id}"`);
    await click(gia, REPORT_VERB, fields);
    const report = (await first(db().select().from(escalations)))!;
    expect((await emails())[0]).toMatchObject({ status: 'reported', escalationId: report.id });
    expect(postsToChannel()).toEqual([]);
  });

  test('a broken forward in a channel is answered in the personal chat, not the channel', async () => {
    const broken =
      '---------- Forwarded message ---------\nSubject: order\n\nPlease call me back today.\n';
    await post(channelMessage({ serviceUrl: run.teams.url, from: gia, text: broken }));
    const [answer] = await run.teams.waitForPosts(1, personal(gia));
    expect(JSON.stringify(answer!.activity)).toContain('keep the “From:” line');
    expect(postsToChannel()).toEqual([]);
  });

  test('with no personal chat known, the private answer starts one through the outbox', async () => {
    const broken =
      '---------- Forwarded message ---------\nSubject: order\n\nPlease call me back today.\n';
    await post(channelMessage({ serviceUrl: run.teams.url, from: ada, text: broken }));
    await outboxSettled(run.frontline.outbox);
    const started = run.teams.calls.filter(
      (c) => c.method === 'POST' && c.path === '/v3/conversations',
    );
    expect(started).toHaveLength(1);
    const [answer] = run.teams.posted().filter((p) => p.conversationId.startsWith('a:'));
    expect(JSON.stringify(answer!.activity)).toContain('keep the “From:” line');
    expect(postsToChannel()).toEqual([]);
  });

  test('a forward posted as a reply inside a thread is offered in that thread, at its root', async () => {
    const root = nextActivityId();
    const reply = nextActivityId();
    await post(
      channelMessage({
        serviceUrl: run.teams.url,
        from: gia,
        id: reply,
        thread: root,
        text: compliment(),
      }),
    );
    expect((await emails())[0]).toMatchObject({ channel: CHANNEL, messageTs: reply });
    const [offer] = await run.teams.waitForPosts(1, `${CHANNEL};messageid=${root}`);
    expect(verbsIn(offer!.activity)).toContain(EMAIL_ACTIONS.recordKudos);
    await outboxSettled(run.frontline.outbox);
    expect(run.teams.posted(`${CHANNEL};messageid=${reply}`)).toEqual([]);
  });

  test('a personal chat that fails once still gets the private answer later; the channel nothing', async () => {
    let refused = 0;
    run.teams.override = (call) =>
      call.method === 'POST' &&
      call.path.startsWith(`/v3/conversations/${personal(gia)}/`) &&
      refused++ === 0
        ? { status: 403, body: { error: { code: 'Forbidden', message: 'not now' } } }
        : undefined;
    const broken =
      '---------- Forwarded message ---------\nSubject: order\n\nPlease call me back today.\n';
    await post(channelMessage({ serviceUrl: run.teams.url, from: gia, text: broken }));
    const [answer] = await run.teams.waitForPosts(1, personal(gia));
    expect(JSON.stringify(answer!.activity)).toContain('keep the “From:” line');
    await outboxSettled(run.frontline.outbox);
    expect(refused).toBeGreaterThan(1);
    expect(postsToChannel()).toEqual([]);
  });

  test('Report to my manager with someone else’s email id shows its words to no one else', async () => {
    await sayPrivately(gia, abuse);
    const [row] = await emails();
    expect(row!.kind).toBe('abusive');
    await outboxSettled(run.frontline.outbox);
    const before = run.teams.calls.length;

    // Ben forges the click from his own chat, then from a channel the email was never in.
    for (const channel of [undefined, CHANNEL]) {
      const refused = await click(ben, EMAIL_ACTIONS.report, { value: row!.id }, { channel });
      expect(refused.type).toBe('application/vnd.microsoft.activity.message');
      expect(refused.value).toBe(t('en', 'email.notYours'));
      expect(JSON.stringify(refused)).not.toContain('Rude Corp');
    }
    await outboxSettled(run.frontline.outbox);
    const since = JSON.stringify(run.teams.calls.slice(before));
    expect(since).not.toContain(ABUSE_WORDS.slice(0, 30));
    expect(since).not.toContain(`"verb":"${REPORT_VERB}"`);

    // Gia, who forwarded it, gets the form.
    const form = await click(gia, EMAIL_ACTIONS.report, { value: row!.id });
    expect(JSON.stringify(form.value)).toContain(ABUSE_WORDS.slice(0, 30));
  });

  test('in the channel an email was posted in, anyone there may report it; from elsewhere not', async () => {
    await post(channelMessage({ serviceUrl: run.teams.url, from: gia, text: abuse }));
    const [row] = await emails();
    await outboxSettled(run.frontline.outbox);
    const forms = () =>
      run.teams.posted(personal(ana)).filter((p) => verbsIn(p.activity).includes(REPORT_VERB));

    const forged = await click(ana, EMAIL_ACTIONS.report, { value: row!.id });
    expect(forged.value).toBe(t('en', 'email.notYours'));
    expect(forms()).toEqual([]);

    const there = await click(ana, EMAIL_ACTIONS.report, { value: row!.id }, { channel: CHANNEL });
    expect(there.value).toBe(t('en', 'teams.escalate.sentPrivately'));
    expect(forms()).toHaveLength(1);
    expect(JSON.stringify(forms()[0]!.activity)).toContain(ABUSE_WORDS.slice(0, 30));
    expect(postsToChannel()).toEqual([]);
  });

  test('a retried Report to my manager from a channel sends the form to the personal chat once', async () => {
    await post(channelMessage({ serviceUrl: run.teams.url, from: gia, text: abuse }));
    const [row] = await emails();
    await outboxSettled(run.frontline.outbox);
    const forms = () =>
      run.teams.posted(personal(gia)).filter((p) => verbsIn(p.activity).includes(REPORT_VERB));
    const activity = {
      ...cardAction({
        serviceUrl: run.teams.url,
        from: gia,
        verb: EMAIL_ACTIONS.report,
        data: { value: row!.id },
        channel: CHANNEL,
      }),
      replyToId: 'offer-1',
    };
    for (let i = 0; i < 2; i++) {
      const answer = (await post(activity)).body as InvokeAnswer;
      expect(answer.value).toBe(t('en', 'teams.escalate.sentPrivately'));
    }
    expect(forms()).toHaveLength(1);
    expect(JSON.stringify(forms()[0]!.activity)).toContain(`"email":"${row!.id}"`);
    expect(postsToChannel()).toEqual([]);
  });

  test('message actions on a forwarded email start from the client and their words', async () => {
    const id = nextActivityId();
    await post(
      channelMessage({
        serviceUrl: run.teams.url,
        from: gia,
        id,
        text: `<at>Ana</at> ${compliment('Support <support@example.com>')}`,
        mentions: [ana],
      }),
    );
    const anaRow = (await first(
      db().select().from(people).where(eq(people.platformUserId, ana.id)),
    ))!;
    expect((await emails())[0]!.concernsIds).toEqual([anaRow.id]);

    const fetchTask = async (commandId: string) => {
      const base = cardAction({
        serviceUrl: run.teams.url,
        from: ben,
        verb: '',
        data: {},
        channel: CHANNEL,
      });
      const res = await post({
        ...base,
        name: 'composeExtension/fetchTask',
        value: {
          commandId,
          commandContext: 'message',
          messagePayload: {
            id,
            messageType: 'message',
            body: { contentType: 'html', content: '<p>Look what ACME wrote! …</p>' },
            from: { user: { id: 'aad-gia', displayName: 'Gia', userIdentityType: 'aadUser' } },
          },
        },
      });
      const task = (res.body as { task: { value: { card: { content: { body: Activity[] } } } } })
        .task;
      return new Map(
        task.value.card.content.body
          .filter((e) => typeof e.id === 'string')
          .map((e) => [e.id as string, e]),
      );
    };
    const kudosForm = await fetchTask(GIVE_KUDOS_COMMAND);
    expect(kudosForm.get('words')!.value).toBe(COMPLIMENT_WORDS);
    expect(kudosForm.get('client')!.value).toBe('Acme Logistics');
    expect(kudosForm.get('recipients')).toMatchObject({
      value: ana.id,
      choices: [{ title: 'Ana', value: ana.id }],
    });
    const reportForm = await fetchTask(REPORT_COMMAND);
    expect(reportForm.get('client')!.value).toBe('Acme Logistics');
    expect(reportForm.get('words')!.value).toBe(COMPLIMENT_WORDS);
  });
});

/** A one-part text email in windows-1251, encoded the way a mail client would. */
function eml(from: string, to: string, body: string): Buffer {
  const head =
    `From: ${from}\r\nTo: ${to}\r\nSubject: Thanks\r\nDate: Mon, 16 Nov 2026 10:12:00 +0000\r\n` +
    `Message-ID: <cp1251-${Date.now()}@example.net>\r\nMIME-Version: 1.0\r\n` +
    'Content-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n';
  const bytes = [...`${body}\r\n`].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no windows-1251 byte for ${ch}`);
  });
  return Buffer.concat([Buffer.from(head, 'ascii'), Buffer.from(bytes)]);
}

describe('reading a Teams message as a pasted forward', () => {
  const bot = { id: '28:frontline-bot', name: 'Frontline' };
  const botMention = { type: 'mention', text: '<at>Frontline</at>', mentioned: bot };
  const anaMention = { type: 'mention', text: '<at>Ana</at>', mentioned: ana };

  test('plain text keeps addresses in angle brackets; the bot’s mention goes, others read @Name', () => {
    const text = forwardText({
      text: '<at>Frontline</at> for <at>Ana</at>:\nFrom: John <john@acme.com>\n\nThanks &amp; more',
      textFormat: 'plain',
      recipient: bot,
      entities: [botMention, anaMention],
    });
    expect(text).toBe('for @Ana:\nFrom: John <john@acme.com>\n\nThanks & more');
  });

  test('HTML becomes lines, links their text and entities their characters', () => {
    const text = forwardText({
      text:
        '<p>From: John &lt;<a href="mailto:john@acme.com">john@acme.com</a>&gt;<br>Subject: Hi</p>' +
        '<div>Great&nbsp;work</div>',
      textFormat: 'xml',
      recipient: bot,
    });
    expect(text).toBe('From: John <john@acme.com>\nSubject: Hi\nGreat work');
  });

  test('the text/html copy Teams attaches is preferred over the flattened text', () => {
    const text = forwardText({
      text: 'Frontline From: John Subject: Hi',
      recipient: bot,
      entities: [botMention],
      attachments: [
        {
          contentType: 'text/html',
          content: '<p><at id="0">Frontline</at> From: John</p><p>Subject: Hi</p>',
        },
      ],
    });
    expect(text).toBe('From: John\nSubject: Hi');
  });
});
