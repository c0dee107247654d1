import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import {
  clients,
  escalations,
  forwardedEmails,
  kudos,
  outbox,
  workspaces,
} from '../../../src/db/schema';
import { EMAIL_ACTIONS } from '../../../src/core/forwarded-email/react';
import { until } from '../../support/eventually';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import { blockAction, messageShortcut, reportSubmission } from '../../support/slack-payloads';
import { eventBody, postToSlackEndpoint } from '../../support/slack-request';

let run: Running;
let clock: Date;

beforeEach(async () => {
  clock = new Date();
  run = await startWithMockSlack({}, { now: () => clock });
  run.slack
    .addUser({ id: 'UGIA', name: 'Gia', email: 'gia@example.com' })
    .addUser({ id: 'UANA', name: 'Ana', email: 'ana@example.com' })
    .addUser({ id: 'UBEN', name: 'Ben', email: 'ben@example.com', locale: 'ru-RU' })
    .addUser({ id: 'ULINA', name: 'Lina', email: 'lina@example.com', locale: 'lt-LT' })
    .addUser({ id: 'URADU', name: 'Radu', email: 'radu@example.com', locale: 'ro-RO' })
    .addUser({ id: 'UMAX', name: 'Max', email: 'max@example.com' });
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
let eventCount = 0;
const sendEvent = (
  event: Record<string, unknown>,
  options: { eventId?: string; retry?: number } = {},
) =>
  postToSlackEndpoint(
    run.baseUrl,
    SIGNING_SECRET,
    eventBody(event, options.eventId ?? `Ev${++eventCount}`),
    { json: true, retryNum: options.retry },
  );
const send = (body: string) => postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body);

const emails = async () => await db().select().from(forwardedEmails);
/** A client's abusive email, pasted as a Gmail forward to Ana. */
const abusiveForward = (words: string) =>
  '---------- Forwarded message ---------\nFrom: Angry Client <boss@rude-corp.com>\n' +
  'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Re: order\nTo: Ana <ana@example.com>\n\n' +
  `${words}\n`;
const slackEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A message in #support (C1) as the Events API sends it. */
const message = (user: string, ts: string, extra: Record<string, unknown>) => ({
  type: 'message',
  channel: 'C1',
  channel_type: 'channel',
  user,
  ts,
  ...extra,
});

const COMPLIMENT =
  'Hi Ana,\n\nThank you so much for your fantastic help yesterday. You went above and beyond, ' +
  'and the whole team is grateful for your patience.\n\nBest regards,\nJohn Smith\nHead of Operations';

function emailFile(id: string, body = COMPLIMENT, messageId = `<${id}@acme-logistics.com>`) {
  return {
    id,
    filetype: 'email',
    subject: 'Yesterday’s delivery',
    from: [
      {
        address: 'john@acme-logistics.com',
        name: 'John Smith',
        original: 'John Smith <john@acme-logistics.com>',
      },
    ],
    to: [{ address: 'ana@example.com', name: 'Ana', original: 'Ana <ana@example.com>' }],
    cc: [],
    plain_text: body,
    preview_plain_text: body.slice(0, 100),
    headers: { date: 'Mon, 16 Nov 2026 10:12:00 +0000', message_id: messageId },
  };
}

describe('forwarded client emails in Slack', () => {
  test('an email forwarded to Slack: sparkles, a thread offer, and one click records the kudos', async () => {
    await sendEvent(
      message('UGIA', '1700000000.000100', {
        subtype: 'file_share',
        text: '',
        files: [emailFile('F1')],
      }),
    );
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(row).toMatchObject({ kind: 'compliment', status: 'offered', source: 'email-file' });
    expect(row!.words).toContain('fantastic help yesterday');
    expect(row!.words).not.toContain('Head of Operations');

    const client = (await first(
      db().select().from(clients).where(eq(clients.id, row!.clientId!)),
    ))!;
    expect(client.name).toBe('Acme Logistics');
    expect(client.emailDomains).toEqual(['acme-logistics.com']);

    const [reaction] = await run.slack.waitFor('reactions.add');
    expect(reaction!.args).toMatchObject({
      channel: 'C1',
      timestamp: '1700000000.000100',
      name: 'sparkles',
    });
    const [offer] = await run.slack.waitFor('chat.postMessage');
    expect(offer!.args).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    const offerBlocks = JSON.stringify(offer!.args.blocks);
    expect(offerBlocks).toContain(EMAIL_ACTIONS.recordKudos);
    expect(offerBlocks).toContain('Record kudos for Ana from Acme Logistics');

    await send(
      blockAction({
        user: 'UGIA',
        actionId: EMAIL_ACTIONS.recordKudos,
        value: String(row!.id),
        channel: 'C1',
      }),
    );
    const [given] = await until(async () => {
      const rows = await db().select().from(kudos);
      return rows.length > 0 && rows;
    });
    const ana = await until(
      async () => (await first(db().select().from(forwardedEmails)))?.status === 'recorded',
    );
    expect(ana).toBe(true);
    expect(given).toMatchObject({ source: 'email', clientId: client.id });
    expect(given!.words).toContain('fantastic help yesterday');
    await run.slack.waitFor('chat.update');

    // A second click records nothing new.
    await send(
      blockAction({
        user: 'UGIA',
        actionId: EMAIL_ACTIONS.recordKudos,
        value: String(row!.id),
        channel: 'C1',
      }),
    );
    await run.slack.waitFor('chat.update', 2);
    expect(await db().select().from(kudos)).toHaveLength(1);
  });

  test('Slack Connect hides the file: it is fetched with files.info', async () => {
    run.slack.addFile(emailFile('F2'));
    await sendEvent(
      message('UGIA', '1700000000.000200', {
        subtype: 'file_share',
        files: [{ id: 'F2', mode: 'file_access', file_access: 'check_file_info' }],
      }),
    );
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(run.slack.callsTo('files.info')[0]!.args.file).toBe('F2');
    expect(row!.kind).toBe('compliment');
  });

  test('the same email forwarded twice is one record; Slack retries change nothing', async () => {
    const event = message('UGIA', '1700000000.000300', {
      subtype: 'file_share',
      files: [emailFile('F3')],
    });
    await sendEvent(event, { eventId: 'EvSame' });
    await until(async () => (await emails()).length === 1);
    await sendEvent(event, { eventId: 'EvSame', retry: 1 });
    // Forwarded again later, by someone else, in another message.
    await sendEvent({
      ...message('UMAX', '1700000000.000400', {
        subtype: 'file_share',
        files: [emailFile('F4', COMPLIMENT, '<F3@acme-logistics.com>')],
      }),
    });
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    expect(answer!.args.user).toBe('UMAX');
    expect(String(answer!.args.text)).toMatch(/already forwarded/);
    expect(await emails()).toHaveLength(1);
    expect(run.slack.callsTo('reactions.add')).toHaveLength(1);
  });

  const PASTED: Record<string, { user: string; text: string; language: string }> = {
    en: {
      user: 'UGIA',
      language: 'en',
      text:
        'Look what ACME wrote!\n\n---------- Forwarded message ---------\n' +
        'From: John Smith <john@acme-logistics.com>\nDate: Mon, Nov 16, 2026 at 10:12 AM\n' +
        'Subject: Thank you\nTo: Ana <ana@example.com>\n\n' +
        'Ana, thank you so much, your help was excellent and we really appreciate it.\n',
    },
    ru: {
      user: 'UBEN',
      language: 'ru',
      text:
        '---------- Пересылаемое сообщение ---------\n' +
        'От: Иван Петров <ivan@romashka.ru>\nDate: пн, 16 нояб. 2026 г. в 10:12\n' +
        'Subject: Спасибо\nTo: Ben <ben@example.com>\n\n' +
        'Большое спасибо Бену за отличную работу и помощь! Очень благодарны за оперативность.\n',
    },
    lt: {
      user: 'ULINA',
      language: 'lt',
      text:
        '---------- Persiųstas laiškas ---------\n' +
        'Nuo: Jonas Jonaitis <jonas@baltic-trade.lt>\nData: 2026 m. lapkričio 16 d. 10:12\n' +
        'Tema: Ačiū\nKam: Lina <lina@example.com>\n\n' +
        'Labai ačiū Linai už puikų darbą ir pagalbą, esame labai dėkingi!\n',
    },
    ro: {
      user: 'URADU',
      language: 'ro',
      text:
        '---------- Mesaj redirecționat ---------\n' +
        'De la: Ion Popescu <ion@carpati-logistic.ro>\nDate: luni, 16 nov. 2026 la 10:12\n' +
        'Subject: Mulțumiri\nTo: Radu <radu@example.com>\n\n' +
        'Vă mulțumim foarte mult, Radu a fost minunat și ne-a ajutat enorm!\n',
    },
  };

  test.each(Object.entries(PASTED))(
    'a pasted %s forward is read in its language',
    async (_lang, sample) => {
      await sendEvent(
        message(sample.user, '1700000001.000100', { text: slackEscape(sample.text) }),
      );
      const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
      expect(row).toMatchObject({
        kind: 'compliment',
        language: sample.language,
        source: 'pasted',
      });
      const person = row!.concernsIds;
      expect(person).toHaveLength(1);
      const [offer] = await run.slack.waitFor('chat.postMessage');
      expect(offer!.args.thread_ts).toBe('1700000001.000100');
    },
  );

  const ABUSIVE = {
    en: 'You are useless incompetent idiots. I will make sure you all get fired, you pathetic morons.',
    ru: 'Вы тупые идиоты и бездари, я вас всех уволю, уроды.',
    lt: 'Jūs visiški idiotai ir debilai, pasirūpinsiu, kad jus visus atleistų.',
    ro: 'Sunteți niște idioți incompetenți și proști, o să am grijă să fiți concediați.',
  };

  test.each(Object.entries(ABUSIVE))(
    'abuse (%s) gets a discreet reaction and a private offer, never its words in public',
    async (_lang, words) => {
      const text = abusiveForward(words);
      await sendEvent(message('UANA', '1700000002.000100', { text: slackEscape(text) }));
      const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
      expect(row!.kind).toBe('abusive');
      const [reaction] = await run.slack.waitFor('reactions.add');
      expect(reaction!.args.name).toBe('eyes');
      const [dm] = await run.slack.waitFor('chat.postMessage');
      expect(dm!.args.channel).toBe('UANA');
      expect(JSON.stringify(dm!.args.blocks)).toContain(EMAIL_ACTIONS.report);

      // Applause on it gives no kudos made of the client's insults.
      await sendEvent({
        type: 'reaction_added',
        user: 'UGIA',
        reaction: 'clap',
        item_user: 'UANA',
        item: { type: 'message', channel: 'C1', ts: '1700000002.000100' },
      });
      const [refusal] = await run.slack.waitFor('chat.postEphemeral');
      expect(refusal!.args.user).toBe('UGIA');
      expect(await db().select().from(kudos)).toEqual([]);

      // Nothing public, nothing that repeats the client's words anywhere.
      const everything = JSON.stringify(run.slack.calls);
      expect(everything.split(words.slice(0, 20)).length - 1).toBe(0);
      const publicPosts = run.slack
        .callsTo('chat.postMessage')
        .filter((c) => String(c.args.channel).startsWith('C'));
      expect(publicPosts).toEqual([]);
    },
  );

  test('"Report to my manager" opens the report form prefilled, and the report is linked to the email', async () => {
    const text = abusiveForward(ABUSIVE.en);
    await sendEvent(message('UANA', '1700000003.000100', { text: slackEscape(text) }));
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    await send(
      blockAction({ user: 'UANA', actionId: EMAIL_ACTIONS.report, value: String(row!.id) }),
    );
    const [opened] = await run.slack.waitFor('views.open');
    const view = opened!.args.view as { private_metadata: string; blocks: unknown[] };
    expect(JSON.stringify(view.blocks)).toContain('Rude Corp');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ email: String(row!.id) });

    await send(
      reportSubmission(
        'UANA',
        'VREP1',
        {
          client: 'Rude Corp',
          what: 'He insulted the whole team on the phone and by email.',
          severity: 'abusive',
        },
        JSON.parse(view.private_metadata) as Record<string, string>,
      ),
    );
    const report = await until(async () => await first(db().select().from(escalations)));
    expect(await first(db().select().from(forwardedEmails))).toMatchObject({
      status: 'reported',
      escalationId: report.id,
    });
  });

  test('an email that is neither gets nothing visible, unless Frontline is asked in the thread', async () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Accounts <billing@acme-logistics.com>\n' +
      'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Invoice 4411\nTo: Ana <ana@example.com>\n\n' +
      'Please find attached invoice 4411 for October. Payment is due within 30 days.\n';
    await sendEvent(message('UANA', '1700000004.000100', { text: slackEscape(text) }));
    await until(async () => (await emails()).length === 1);
    expect((await emails())[0]).toMatchObject({ kind: 'neither', status: 'dismissed' });
    // Written with the email, in one transaction: nothing is queued to say.
    expect(await db().select().from(outbox)).toEqual([]);

    run.slack.addMessage('C1', { ts: '1700000004.000100', user: 'UANA', text: slackEscape(text) });
    await sendEvent({
      type: 'app_mention',
      channel: 'C1',
      user: 'UANA',
      ts: '1700000004.000200',
      thread_ts: '1700000004.000100',
      text: '<@UBOT> what is this?',
    });
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    expect(answer!.args.user).toBe('UANA');
    expect(JSON.stringify(answer!.args.blocks)).toContain(EMAIL_ACTIONS.recordKudos);
    expect(run.slack.callsTo('reactions.add')).toEqual([]);
    expect(run.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  test('asked about an abusive email, Frontline offers only the report, never kudos', async () => {
    const text = abusiveForward(ABUSIVE.en);
    await sendEvent(message('UANA', '1700000004.000300', { text: slackEscape(text) }));
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    run.slack.addMessage('C1', { ts: '1700000004.000300', user: 'UANA', text: slackEscape(text) });
    await sendEvent({
      type: 'app_mention',
      channel: 'C1',
      user: 'UANA',
      ts: '1700000004.000400',
      thread_ts: '1700000004.000300',
      text: '<@UBOT> ?',
    });
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    const blocks = JSON.stringify(answer!.args.blocks);
    expect(blocks).toContain(EMAIL_ACTIONS.report);
    expect(blocks).not.toContain(EMAIL_ACTIONS.recordKudos);

    // Even a hand-made click on "Record kudos" records nothing.
    await send(
      blockAction({
        user: 'UANA',
        actionId: EMAIL_ACTIONS.recordKudos,
        value: String(row!.id),
        channel: 'C1',
      }),
    );
    await run.slack.waitFor('chat.postEphemeral', 2);
    expect(await db().select().from(kudos)).toEqual([]);

    // Pasted again by someone else, it is "seen before" — with the report offered to them too.
    await sendEvent(message('UMAX', '1700000004.000500', { text: slackEscape(text) }));
    const answers = await run.slack.waitFor('chat.postEphemeral', 3);
    const toMax = answers.find((a) => a.args.user === 'UMAX')!;
    expect(JSON.stringify(toMax.args.blocks)).toContain(EMAIL_ACTIONS.report);
    // And applause on that second copy gives no kudos of its words either.
    run.slack.addMessage('C1', { ts: '1700000004.000500', user: 'UMAX', text: slackEscape(text) });
    await sendEvent({
      type: 'reaction_added',
      user: 'UGIA',
      reaction: 'clap',
      item_user: 'UMAX',
      item: { type: 'message', channel: 'C1', ts: '1700000004.000500' },
      event_ts: '1700000004.000600',
    });
    await run.slack.waitFor('chat.postEphemeral', 4);
    expect(await db().select().from(kudos)).toEqual([]);
  });

  test('Slack not giving the file is answered as unreadable, and the message kept', async () => {
    run.slack.override = (method) =>
      method === 'files.info' ? { status: 500, body: { ok: false } } : undefined;
    await sendEvent(
      message('UGIA', '1700000004.000700', {
        subtype: 'file_share',
        files: [{ id: 'FGONE', mode: 'file_access', file_access: 'check_file_info' }],
      }),
    );
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    expect(String(answer!.args.text)).toMatch(/could not read/);
    expect(await emails()).toMatchObject([{ status: 'unreadable', problem: 'unreadable' }]);
  });

  test('the bot token goes to no file host but Slack’s', async () => {
    await sendEvent(
      message('UGIA', '1700000004.000800', {
        subtype: 'file_share',
        files: [
          {
            id: 'FEXT',
            name: 'letter.eml',
            filetype: 'eml',
            size: 100,
            url_private_download: 'http://127.0.0.2:9/steal.eml',
          },
        ],
      }),
    );
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    expect(String(answer!.args.text)).toMatch(/could not read/);
    expect(run.slack.callsTo('file download')).toEqual([]);
  });

  test('.eml files in windows-1251 and windows-1257 are read with their charsets', async () => {
    run.slack.addFile(
      { id: 'FRU', name: 'letter.eml', filetype: 'eml' },
      eml(
        'windows-1251',
        'Иван Петров <ivan@romashka.ru>',
        'ben@example.com',
        'Огромное спасибо Бену за отличную работу, мы очень благодарны!',
      ),
    );
    run.slack.addFile(
      { id: 'FLT', name: 'laiskas.eml', filetype: 'eml' },
      eml(
        'windows-1257',
        'Jonas <jonas@baltic-trade.lt>',
        'lina@example.com',
        'Labai ačiū Linai už puikų darbą, esame labai dėkingi!',
      ),
    );
    await sendEvent(
      message('UBEN', '1700000005.000100', {
        subtype: 'file_share',
        files: [{ id: 'FRU', name: 'letter.eml', filetype: 'eml' }],
      }),
    );
    await sendEvent(
      message('ULINA', '1700000005.000200', {
        subtype: 'file_share',
        files: [{ id: 'FLT', name: 'laiskas.eml', filetype: 'eml' }],
      }),
    );
    const rows = await until(async () => (await emails()).length === 2 && (await emails()));
    const ru = rows.find((r) => r.messageTs === '1700000005.000100')!;
    const lt = rows.find((r) => r.messageTs === '1700000005.000200')!;
    expect(ru.words).toContain('Огромное спасибо Бену');
    expect(lt.words).toContain('Labai ačiū Linai už puikų darbą');
    expect(ru).toMatchObject({ kind: 'compliment', language: 'ru', source: 'eml' });
    expect(lt).toMatchObject({ kind: 'compliment', language: 'lt', source: 'eml' });
    expect(run.slack.callsTo('file download')).toHaveLength(2);
  });

  test('bad emails get a clear private answer, the message is kept, and nothing crashes', async () => {
    run.slack.addFile(
      { id: 'FBIG', name: 'huge.eml', filetype: 'eml' },
      Buffer.alloc(5 * 1024 * 1024, 'a'),
    );
    await sendEvent(
      message('UGIA', '1700000006.000100', {
        subtype: 'file_share',
        files: [{ id: 'FBIG', name: 'huge.eml', filetype: 'eml' }],
      }),
    );
    await sendEvent(
      message('UGIA', '1700000006.000200', {
        subtype: 'file_share',
        files: [emailFile('FEMPTY', '   ')],
      }),
    );
    const answers = await run.slack.waitFor('chat.postEphemeral', 2);
    const texts = answers.map((a) => String(a.args.text)).join('\n');
    expect(texts).toMatch(/too large/);
    expect(texts).toMatch(/empty/);
    // The big file was never downloaded.
    expect(run.slack.callsTo('file download')).toEqual([]);
    const rows = await emails();
    expect(rows.map((r) => r.status)).toEqual(['unreadable', 'unreadable']);
    expect(rows.map((r) => r.messageTs).sort()).toEqual(['1700000006.000100', '1700000006.000200']);
    expect(await db().select().from(kudos)).toEqual([]);
    expect((await fetch(`${run.baseUrl}/healthz`)).status).toBe(200);
  });

  test('with auto-recording on, a sure compliment becomes kudos without a click', async () => {
    await db()
      .insert(workspaces)
      .values({ platform: 'slack', externalId: 'T1', emailAutoRecordAbove: 0.5 });
    await sendEvent(
      message('UGIA', '1700000008.000100', { subtype: 'file_share', files: [emailFile('F9')] }),
    );
    const [given] = await until(async () => {
      const rows = await db().select().from(kudos);
      return rows.length > 0 && rows;
    });
    expect(given).toMatchObject({ source: 'email', sourceRef: `email:${(await emails())[0]!.id}` });
    expect((await emails())[0]!.status).toBe('recorded');
    // No offer to click: the announcement is what the channel sees.
    const posts = await run.slack.waitFor('chat.postMessage', 2);
    expect(JSON.stringify(posts.map((p) => p.args.blocks))).not.toContain(
      EMAIL_ACTIONS.recordKudos,
    );
  });

  test('"Report abusive client" on a forwarded email starts from its client and words', async () => {
    const text = abusiveForward(ABUSIVE.en);
    await sendEvent(message('UANA', '1700000009.000100', { text: slackEscape(text) }));
    await until(async () => (await emails()).length === 1);
    await send(
      messageShortcut({
        user: 'UANA',
        callbackId: 'report_abusive_client',
        triggerId: 'T-report',
        text: slackEscape(text),
        channel: 'C1',
        ts: '1700000009.000100',
      }),
    );
    const [opened] = await run.slack.waitFor('views.open');
    const view = JSON.stringify(opened!.args.view);
    expect(view).toContain('Rude Corp');
    expect(view).toContain('useless incompetent idiots');
    expect(view).not.toContain('Forwarded message');
  });

  test('an admin can limit reading to inbox channels', async () => {
    await run.frontline.database.db
      .insert(workspaces)
      .values({ platform: 'slack', externalId: 'T1', emailInboxChannels: ['CINBOX'] });
    await sendEvent(
      message('UGIA', '1700000007.000100', { subtype: 'file_share', files: [emailFile('F7')] }),
    );
    await sendEvent({
      ...message('UGIA', '1700000007.000200', { subtype: 'file_share', files: [emailFile('F8')] }),
      channel: 'CINBOX',
    });
    const rows = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(rows[0]!.channel).toBe('CINBOX');
  });
});

describe('reactions and message shortcuts', () => {
  test('a kudos emoji gives kudos to the author; removing it soon takes it back', async () => {
    run.slack.addMessage('C1', {
      ts: '1700000010.000100',
      user: 'UANA',
      text: 'I fixed the invoice export for ACME tonight',
    });
    // Kudos are announced in #kudos — but a reacted-to message's words stay in its channel.
    await db()
      .insert(workspaces)
      .values({ platform: 'slack', externalId: 'T1', kudosChannel: 'CKUDOS' });
    const reaction = {
      user: 'UBEN',
      reaction: 'clap',
      item_user: 'UANA',
      item: { type: 'message', channel: 'C1', ts: '1700000010.000100' },
      event_ts: '1700000010.000200',
    };
    await sendEvent({ type: 'reaction_added', ...reaction });
    const [given] = await until(async () => {
      const rows = await db().select().from(kudos);
      return rows.length > 0 && rows;
    });
    expect(given).toMatchObject({
      source: 'reaction',
      words: 'I fixed the invoice export for ACME tonight',
    });
    // Held back for the undo window: nothing announced yet.
    const held = await db().select().from(outbox);
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((d) => d.status === 'pending' && d.nextAttemptAt > clock)).toBe(true);
    expect(held.filter((d) => d.targetKind === 'channel').map((d) => d.target)).toEqual(['C1']);

    await sendEvent({ type: 'reaction_removed', ...reaction });
    await until(async () => (await db().select().from(kudos)).length === 0);
    // Only the home refresh stays: it shows the home as it is when sent, without the kudos.
    const left = await db().select().from(outbox);
    expect(left.filter((d) => d.targetKind !== 'home')).toEqual([]);
    expect(run.slack.callsTo('chat.postMessage')).toEqual([]);

    // Slack retrying the old reaction event does not bring it back; reacting again does.
    await sendEvent({ type: 'reaction_added', ...reaction }, { eventId: 'EvClap', retry: 1 });
    await sendEvent({ type: 'reaction_added', ...reaction, event_ts: '1700000010.000300' });
    await until(async () => (await db().select().from(kudos)).length === 1);
    await run.slack.waitFor('chat.postEphemeral', 2);
    expect(await db().select().from(kudos)).toHaveLength(1);
  });

  test('the report emoji offers a private report; a reaction on your own message asks whom', async () => {
    run.slack.addMessage('C1', {
      ts: '1700000011.000100',
      user: 'UANA',
      text: 'The client shouted at me again',
    });
    await sendEvent({
      type: 'reaction_added',
      user: 'UANA',
      reaction: 'rotating_light',
      item_user: 'UANA',
      item: { type: 'message', channel: 'C1', ts: '1700000011.000100' },
    });
    await sendEvent({
      type: 'reaction_added',
      user: 'UANA',
      reaction: 'star2',
      item_user: 'UANA',
      item: { type: 'message', channel: 'C1', ts: '1700000011.000100' },
    });
    const answers = await run.slack.waitFor('chat.postEphemeral', 2);
    const all = answers.map((a) => JSON.stringify(a.args.blocks)).join('\n');
    expect(all).toContain('reaction-report-message');
    expect(all).toMatch(/Whom is that kudos for/);
    expect(await db().select().from(kudos)).toEqual([]);
  });

  test('a reaction that means nothing to Frontline costs no lookup and records nothing', async () => {
    run.slack.addMessage('C1', { ts: '1700000012.000100', user: 'UANA', text: 'Lunch at noon?' });
    const item = { type: 'message', channel: 'C1', ts: '1700000012.000100' };
    await sendEvent({
      type: 'reaction_added',
      user: 'UMAX',
      reaction: 'thumbsup',
      item_user: 'UANA',
      item,
    });
    await sendEvent({
      type: 'reaction_removed',
      user: 'UMAX',
      reaction: 'clap',
      item_user: 'UANA',
      item,
    });
    // A later reaction that does mean something, answered: the two before were handled by then.
    await sendEvent({
      type: 'reaction_added',
      user: 'UGIA',
      reaction: 'rotating_light',
      item_user: 'UANA',
      item,
    });
    await run.slack.waitFor('chat.postEphemeral');
    expect(run.slack.callsTo('users.info').map((c) => c.args.user)).not.toContain('UMAX');
    // Not even the report emoji reads the message: its button does, when used.
    expect(run.slack.callsTo('conversations.history')).toHaveLength(0);
    expect(await db().select().from(kudos)).toEqual([]);
  });

  test('"Give kudos for this" opens the kudos form with the message and its author', async () => {
    await send(
      messageShortcut({
        user: 'UBEN',
        callbackId: 'give_kudos_for_this',
        triggerId: 'T-give',
        text: 'Shipped the fix &amp; called the client',
        author: 'UANA',
      }),
    );
    const [opened] = await run.slack.waitFor('views.open');
    const view = JSON.stringify(opened!.args.view);
    expect(view).toContain('Shipped the fix & called the client');
    expect(view).toContain('"initial_users":["UANA"]');
  });
});

/** A one-part text email in a single-byte charset, encoded the way a mail client would. */
function eml(
  charset: 'windows-1251' | 'windows-1257',
  from: string,
  to: string,
  body: string,
): Buffer {
  const head =
    `From: ${from}\r\nTo: ${to}\r\nSubject: Thanks\r\nDate: Mon, 16 Nov 2026 10:12:00 +0000\r\n` +
    `Message-ID: <${charset}-${Date.now()}@example.net>\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'ascii'), singleByte(charset, `${body}\r\n`)]);
}

/** The letters these tests use, in windows-1251 (Cyrillic) and windows-1257 (Baltic). */
function singleByte(charset: 'windows-1251' | 'windows-1257', text: string): Buffer {
  const baltic: Record<string, number> = {
    ą: 0xe0,
    č: 0xe8,
    ę: 0xe6,
    ė: 0xeb,
    į: 0xe1,
    š: 0xf0,
    ų: 0xf8,
    ū: 0xfb,
    ž: 0xfe,
    Ą: 0xc0,
    Č: 0xc8,
    Ę: 0xc6,
    Ė: 0xcb,
    Į: 0xc1,
    Š: 0xd0,
    Ų: 0xd8,
    Ū: 0xdb,
    Ž: 0xde,
  };
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (charset === 'windows-1251') {
        if (ch === 'Ё') return 0xa8;
        if (ch === 'ё') return 0xb8;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      } else if (ch in baltic) return baltic[ch]!;
      throw new Error(`no ${charset} byte for ${ch}`);
    }),
  );
}
