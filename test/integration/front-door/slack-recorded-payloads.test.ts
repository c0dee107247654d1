/**
 * Every kind of request Frontline takes from Slack, replayed from a recorded payload
 * (test/fixtures/recorded/slack, where each came from in its README) through the real
 * endpoint, signed as Slack signs. Where Frontline's own ids are needed (a callback_id, an
 * action_id, a form's fields), the test sets them on a copy and says so.
 */
import { forwardedEmails, kudos } from '../../../src/db/schema';
import { EMAIL_ACTIONS } from '../../../src/core/forwarded-email/react';
import { t } from '../../../src/i18n';
import { until } from '../../support/eventually';
import { startWithMockSlack, type Running } from '../../support/frontline';
import {
  recorded,
  recordedEvent,
  replayCommand,
  replayEvent,
  replayInteraction,
} from '../../support/recorded-slack';

let run: Running;

beforeEach(async () => {
  run = await startWithMockSlack();
  run.slack
    .addUser({ id: 'UGIA', name: 'Gia', email: 'gia@example.com' })
    .addUser({ id: 'UANA', name: 'Ana', email: 'ana@example.com' });
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const emails = async () => await db().select().from(forwardedEmails);

const slackEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PASTED_COMPLIMENT =
  '---------- Forwarded message ---------\nFrom: John Smith <john@acme-logistics.com>\n' +
  'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Thank you\nTo: Ana <ana@example.com>\n\n' +
  'Ana, thank you so much, your help was excellent and we really appreciate it.\n';

describe('slash commands', () => {
  test('the recorded /kudos with words but nobody named is answered with what to do', async () => {
    const res = await replayCommand(run.baseUrl, recorded('slash-command'));
    expect(res.status).toBe(200);
    const answer = res.json() as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe(t('en', 'kudos.error.noRecipient'));
    expect(await db().select().from(kudos)).toEqual([]);
  });

  test('the recorded command as /escalate opens the report form with its trigger', async () => {
    const fields = { ...recorded('slash-command'), command: '/escalate', text: '' };
    const res = await replayCommand(run.baseUrl, fields);
    expect(res.status).toBe(200);
    const [opened] = await run.slack.waitFor('views.open');
    expect(opened!.args.trigger_id).toBe('13345224609.738474920.8088930838d88f008e0');
    expect((opened!.args.view as { callback_id: string }).callback_id).toBe('escalate');
  });
});

describe('messages', () => {
  test('a forward pasted in the recorded DM message is read; the recorded text itself is not', async () => {
    await replayEvent(run.baseUrl, recorded('message-im'));
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-im', (event) => {
        event.ts = '1664408650.000100';
        event.text = slackEscape(PASTED_COMPLIMENT);
      }),
    );
    const [row] = await until(async () => (await emails()).length > 0 && (await emails()));
    expect(await emails()).toHaveLength(1);
    expect(row).toMatchObject({ source: 'pasted', kind: 'compliment', channel: 'DUGIA' });
    const [reaction] = await run.slack.waitFor('reactions.add');
    expect(reaction!.args).toMatchObject({ channel: 'DUGIA', timestamp: '1664408650.000100' });
  });

  test('an image shared in a channel is no email: nothing is fetched or kept', async () => {
    await replayEvent(run.baseUrl, recorded('message-file-share'));
    // A forward pasted after it, in the same channel: once read, the image was handled too.
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-file-share', (event) => {
        delete event.files;
        delete event.subtype;
        event.ts = '1652227647.000100';
        event.text = slackEscape(PASTED_COMPLIMENT);
      }),
    );
    await until(async () => (await emails()).length > 0);
    expect((await emails()).map((e) => e.messageTs)).toEqual(['1652227647.000100']);
    expect(run.slack.callsTo('files.info')).toEqual([]);
    expect(run.slack.callsTo('file download')).toEqual([]);
  });

  test('a file Slack hides (Slack Connect) is fetched with files.info and read', async () => {
    run.slack.addFile({
      ...recorded('message-email-integration').event.files[0],
      id: 'F12345678',
      from: [{ address: 'gia@example.com', name: 'Gia', original: 'Gia <gia@example.com>' }],
      subject: 'Fwd: Thank you',
      plain_text: PASTED_COMPLIMENT,
    });
    await replayEvent(run.baseUrl, recorded('message-file-share-slack-connect'));
    const [row] = await until(async () => (await emails()).length > 0 && (await emails()));
    expect(run.slack.callsTo('files.info')[0]!.args.file).toBe('F12345678');
    expect(row).toMatchObject({ source: 'email-file', kind: 'compliment', channel: 'DUGIA' });
  });
});

describe('mentions', () => {
  test('the recorded mention, on a message that holds no forward, is told so privately', async () => {
    await replayEvent(run.baseUrl, recorded('app-mention'));
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    expect(answer!.args).toMatchObject({ channel: 'C1', user: 'UGIA' });
    expect(String(answer!.args.text)).toBe(t('en', 'email.problem.notForward'));
  });
});

describe('reactions', () => {
  test('the recorded :thumbsup: means nothing; as :clap: it gives kudos, and its removal takes them back', async () => {
    run.slack.addMessage('C1', {
      ts: '1360782400.498405',
      user: 'UANA',
      text: 'Called ACME back and sorted out their invoice',
    });
    await replayEvent(run.baseUrl, recorded('reaction-added'));
    await replayEvent(
      run.baseUrl,
      recordedEvent('reaction-added', (event) => {
        event.reaction = 'clap';
        event.event_ts = '1360782805.000100';
      }),
    );
    const [row] = await until(async () => {
      const rows = await db().select().from(kudos);
      return rows.length > 0 && rows;
    });
    expect(row).toMatchObject({
      source: 'reaction',
      words: 'Called ACME back and sorted out their invoice',
    });
    // :thumbsup: cost not even a look at the message; :clap: read it once.
    expect(run.slack.callsTo('conversations.history')).toHaveLength(1);

    await replayEvent(
      run.baseUrl,
      recordedEvent('reaction-removed', (event) => {
        event.reaction = 'clap';
      }),
    );
    await until(async () => (await db().select().from(kudos)).length === 0);
  });
});

describe('interactions', () => {
  test('the recorded click, on "Not a compliment", dismisses the forwarded email', async () => {
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-im', (event) => {
        event.channel = 'C1';
        event.channel_type = 'channel';
        event.text = slackEscape(PASTED_COMPLIMENT);
      }),
    );
    const [row] = await until(async () => (await emails()).length > 0 && (await emails()));
    await run.slack.waitFor('chat.postMessage');
    const click = recorded('block-actions');
    click.actions[0].action_id = EMAIL_ACTIONS.notCompliment;
    click.actions[0].value = String(row!.id);
    const res = await replayInteraction(run.baseUrl, click);
    expect(res.status).toBe(200);
    await until(async () => (await emails())[0]!.status === 'dismissed');
    expect(await db().select().from(kudos)).toEqual([]);
  });

  test('the recorded form submission, as the kudos form, records the kudos', async () => {
    const submission = recorded('view-submission');
    submission.view.callback_id = 'kudos';
    // The kudos form's own fields, in the shapes Slack gives each kind of input.
    submission.view.state.values = {
      recipients: { recipients: { type: 'multi_users_select', selected_users: ['UANA'] } },
      client: { client: { type: 'plain_text_input', value: 'ACME Ltd' } },
      words: { words: { type: 'plain_text_input', value: 'Just amazing! ACME felt heard today.' } },
      values: { values: { type: 'plain_text_input', value: null } },
    };
    const res = await replayInteraction(run.baseUrl, submission);
    expect(res.status).toBe(200);
    expect((res.json() as { response_action: string }).response_action).toBe('update');
    const [row] = await db().select().from(kudos);
    expect(row).toMatchObject({ source: 'form', words: 'Just amazing! ACME felt heard today.' });
  });

  test('the recorded message shortcut, as "Give kudos for this", opens the form from the message', async () => {
    const shortcut = recorded('message-shortcut');
    shortcut.callback_id = 'give_kudos_for_this';
    await replayInteraction(run.baseUrl, shortcut);
    const [opened] = await run.slack.waitFor('views.open');
    expect(opened!.args.trigger_id).toBe(shortcut.trigger_id);
    const view = JSON.stringify(opened!.args.view);
    expect(view).toContain("World's smallest big cat!");
    expect(view).toContain('"initial_users":["UANA"]');
  });

  test('the recorded message shortcut, as "Report abusive client", opens the private report form', async () => {
    const shortcut = recorded('message-shortcut');
    shortcut.callback_id = 'report_abusive_client';
    await replayInteraction(run.baseUrl, shortcut);
    const [opened] = await run.slack.waitFor('views.open');
    expect(opened!.args.trigger_id).toBe(shortcut.trigger_id);
    expect((opened!.args.view as { callback_id: string }).callback_id).toBe('escalate');
  });
});
