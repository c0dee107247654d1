import * as recordKudosFromEmail from '../../../src/core/forwarded-email/record-kudos';
import * as reportAbuse from '../../../src/core/escalation/report';
import { escalations, kudos, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { GIVE_KUDOS_COMMAND, REPORT_COMMAND } from '../../../src/teams/message-actions';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  CHANNEL,
  cardAction,
  installForPerson,
  outboxSettled,
  nextActivityId,
  personalConversation,
  postActivity,
  type TeamsUser,
} from '../../support/teams-activities';

const gia: TeamsUser = { id: '29:gia', name: 'Gia', aadObjectId: 'aad-gia' };
const ana: TeamsUser = { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' };
const ada: TeamsUser = { id: '29:ada', name: 'Ada', aadObjectId: 'aad-ada' };

let run: RunningTeams;
const db = () => run.frontline.database.db;

interface TaskAnswer {
  task: {
    type: 'continue' | 'message';
    value: string | { title: string; card: { content: Record<string, unknown> } };
  };
}

/** A message as Teams hands it to a message action: HTML, with its author. */
const messagePayload = (html: string, author?: TeamsUser) => ({
  id: '1700000000001',
  messageType: 'message',
  body: { contentType: 'html', content: html },
  from: author
    ? { user: { id: author.aadObjectId, displayName: author.name, userIdentityType: 'aadUser' } }
    : { application: { id: 'some-bot', displayName: 'Some bot', applicationIdentityType: 'bot' } },
});

/** A message action's invoke, on a message in the channel. */
async function messageAction(
  name: 'composeExtension/fetchTask' | 'composeExtension/submitAction',
  user: TeamsUser,
  value: Record<string, unknown>,
  id = nextActivityId(),
): Promise<TaskAnswer> {
  const base = cardAction({
    serviceUrl: run.teams.url,
    from: user,
    id,
    verb: '',
    data: {},
    channel: CHANNEL,
  });
  const res = await postActivity(run.baseUrl, {
    ...base,
    name,
    value: { commandContext: 'message', ...value },
  });
  expect(res.status).toBe(200);
  return res.body as TaskAnswer;
}

const cardOf = (answer: TaskAnswer) => {
  expect(answer.task.type).toBe('continue');
  return (answer.task.value as { card: { content: Record<string, unknown> } }).card.content;
};
const inputs = (card: Record<string, unknown>) =>
  new Map(
    (card.body as Record<string, unknown>[])
      .filter((e) => typeof e.id === 'string')
      .map((e) => [e.id as string, e]),
  );
/** Every TextBlock's text in a card, joined. */
const texts = (card: Record<string, unknown>) =>
  (card.body as Record<string, unknown>[])
    .filter((e) => e.type === 'TextBlock')
    .map((e) => e.text)
    .join('\n');

beforeEach(async () => {
  run = await startWithMockTeams({ TEAMS_ADMINS: 'ada@example.com' });
  for (const user of [gia, ana, ada]) {
    run.teams.addMember({ ...user, email: `${user.name.toLowerCase()}@example.com` });
    await installForPerson(run.baseUrl, run.teams, user);
  }
});

afterEach(async () => {
  jest.restoreAllMocks();
  await run.stop();
});

describe('"Give kudos for this"', () => {
  test('opens the kudos form with the message as plain text and its author as the recipient', async () => {
    const answer = await messageAction('composeExtension/fetchTask', gia, {
      commandId: GIVE_KUDOS_COMMAND,
      messagePayload: messagePayload(
        '<p>Thank you &amp; well done, <b>Ana</b>!</p><p>You saved our launch&nbsp;day.</p>',
        ana,
      ),
    });
    expect((answer.task.value as { title: string }).title).toBe(t('en', 'form.kudos.title'));
    const card = cardOf(answer);
    const fields = inputs(card);
    expect(fields.get('words')!.value).toBe(
      'Thank you & well done, Ana!\nYou saved our launch day.',
    );
    expect(fields.get('recipients')).toMatchObject({
      value: 'aad-ana',
      choices: [{ title: 'Ana', value: 'aad-ana' }],
    });
    // Task modules take Action.Submit, not Action.Execute.
    expect((card.actions as Record<string, unknown>[])[0]!.type).toBe('Action.Submit');
  });

  test('a message by a bot, or by the person acting, names nobody', async () => {
    const byBot = await messageAction('composeExtension/fetchTask', gia, {
      commandId: GIVE_KUDOS_COMMAND,
      messagePayload: messagePayload('Build passed'),
    });
    expect(inputs(cardOf(byBot)).get('recipients')!.value).toBeUndefined();
    const own = await messageAction('composeExtension/fetchTask', gia, {
      commandId: GIVE_KUDOS_COMMAND,
      messagePayload: messagePayload('I did it', gia),
    });
    expect(inputs(cardOf(own)).get('recipients')!.value).toBeUndefined();
  });

  test('submitting records the kudos once, announces it in the channel and closes with a note', async () => {
    const id = nextActivityId();
    const submit = () =>
      messageAction(
        'composeExtension/submitAction',
        gia,
        {
          commandId: GIVE_KUDOS_COMMAND,
          data: { form: 'kudos', recipients: 'aad-ana', words: 'You saved our launch day.' },
        },
        id,
      );
    const answer = await submit();
    expect(answer.task.type).toBe('message');
    expect(answer.task.value).toContain('Ana');
    // Teams retries an invoke with the same id: still one kudos.
    await submit();
    const rows = await db().select().from(kudos);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'form', words: 'You saved our launch day.' });
    const recipient = (await db().select().from(people)).find((p) => p.id === rows[0]!.recipientId);
    expect(recipient!.platformUserId).toBe(ana.id);
    const announced = await run.teams.waitForPosts(1, CHANNEL);
    expect(JSON.stringify(announced[0]!.activity)).toContain('You saved our launch day.');
  });

  test('a bad submission keeps the task module open with what to fix', async () => {
    const answer = await messageAction('composeExtension/submitAction', gia, {
      commandId: GIVE_KUDOS_COMMAND,
      data: { form: 'kudos', recipients: 'aad-ana', words: 'ok' },
    });
    const card = cardOf(answer);
    expect(texts(card)).toContain(t('en', 'kudos.error.tooShort', { min: 10, length: 2 }));
    expect(inputs(card).get('words')!.value).toBe('ok');
    expect(inputs(card).get('recipients')).toMatchObject({
      value: 'aad-ana',
      choices: [{ title: 'Ana', value: 'aad-ana' }],
    });
    expect(await db().select().from(kudos)).toHaveLength(0);
  });
});

describe('"Report abusive client"', () => {
  test('opens the report form with the message as the client’s words', async () => {
    const answer = await messageAction('composeExtension/fetchTask', ana, {
      commandId: REPORT_COMMAND,
      messagePayload: messagePayload('<div>You are useless &lt;and&gt; I want someone else</div>'),
    });
    expect((answer.task.value as { title: string }).title).toBe(t('en', 'escalate.form.title'));
    expect(inputs(cardOf(answer)).get('words')!.value).toBe(
      'You are useless <and> I want someone else',
    );
  });

  test('submitting records the report, tells the admins privately, and posts nothing in the channel', async () => {
    const answer = await messageAction('composeExtension/submitAction', ana, {
      commandId: REPORT_COMMAND,
      data: {
        form: 'escalate',
        client: 'Globex',
        what: 'He shouted at me on the phone, again.',
        words: 'You are useless',
        severity: 'abusive',
      },
    });
    expect(answer.task.type).toBe('message');
    expect(answer.task.value).toContain('Globex');
    expect(await db().select().from(escalations)).toHaveLength(1);
    const [card] = await run.teams.waitForPosts(1, personalConversation(ada).id);
    expect(JSON.stringify(card!.activity)).toContain('Globex');
    await outboxSettled(run.frontline.outbox);
    const inChannel = run.teams.posted().filter((p) => p.conversationId.startsWith(CHANNEL));
    expect(inChannel).toEqual([]);
  });

  test('a bad report keeps the task module open on the field to fix', async () => {
    const answer = await messageAction('composeExtension/submitAction', ana, {
      commandId: REPORT_COMMAND,
      data: { form: 'escalate', client: 'Globex', what: 'He shouted at me, again.' },
    });
    const card = cardOf(answer);
    expect(texts(card)).toContain(t('en', 'escalate.error.severity'));
    expect(inputs(card).get('client')!.value).toBe('Globex');
    expect(await db().select().from(escalations)).toHaveLength(0);
  });
});

test('an unknown command is answered plainly', async () => {
  const answer = await messageAction('composeExtension/fetchTask', gia, {
    commandId: 'somethingElse',
    messagePayload: messagePayload('hi', ana),
  });
  expect(answer.task).toEqual({ type: 'message', value: t('en', 'teams.messageAction.unknown') });
});

test('a message action that fails closes the dialog with a word, and the next one works', async () => {
  jest.spyOn(recordKudosFromEmail, 'emailOfMessage').mockImplementationOnce(() => {
    throw new Error('the database is busy');
  });
  const fetched = await messageAction('composeExtension/fetchTask', gia, {
    commandId: REPORT_COMMAND,
    messagePayload: messagePayload('You are useless'),
  });
  expect(fetched.task).toEqual({ type: 'message', value: t('en', 'error.generic') });

  jest.spyOn(reportAbuse, 'reportAbuse').mockImplementationOnce(() => {
    throw new Error('the database is busy');
  });
  const data = {
    form: 'escalate',
    client: 'Globex',
    what: 'He shouted at me on the phone, again.',
    severity: 'abusive',
  };
  const failed = await messageAction('composeExtension/submitAction', ana, {
    commandId: REPORT_COMMAND,
    data,
  });
  expect(failed.task).toEqual({ type: 'message', value: t('en', 'error.generic') });
  expect(await db().select().from(escalations)).toHaveLength(0);

  const again = await messageAction('composeExtension/submitAction', ana, {
    commandId: REPORT_COMMAND,
    data,
  });
  expect(again.task.type).toBe('message');
  expect(again.task.value).toContain('Globex');
});
