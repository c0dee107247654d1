import { first } from '../../../src/db/query';
import { DEFAULT_EMAIL_LIMITS } from '../../../src/core/forwarded-email/read/forwarded-email';
import { TestAdapter, type Activity, type CloudAdapter } from 'botbuilder';
import { eq } from 'drizzle-orm';
import { CHECK_IN_ACTIONS } from '../../../src/core/escalation/check-in';
import { ESCALATION_ACTIONS } from '../../../src/core/escalation/report';
import { clients, escalationEvents, escalations, outbox, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { OutboxWorker } from '../../../src/jobs/outbox';
import { escalateCommand } from '../../../src/teams/escalation/escalate-command';
import { teamsActor } from '../../../src/teams/kit/context';
import type { TeamsDeps } from '../../../src/teams/kit/deps';
import { commandOf, readTeamsText } from '../../../src/teams/kit/text';
import { openCoreFixture, type CoreFixture } from '../../support/core-fixture';
import {
  REPORT_VERB,
  SHOW_REPORT_VERB,
  stepSubmitVerb,
} from '../../../src/teams/escalation/escalation-cards';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  CHANNEL,
  cardAction,
  channelMessage,
  installationUpdate,
  outboxSettled,
  personalConversation,
  personalMessage,
  postActivity,
  type TeamsUser,
} from '../../support/teams-activities';

const WHAT = 'He shouted at me on the phone and called me useless, again.';
const WORDS = 'You people are worthless, I will have you fired.';

const ana: TeamsUser = { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' };
const max: TeamsUser = { id: '29:max', name: 'Max', aadObjectId: 'aad-max' };
const bo: TeamsUser = { id: '29:bo', name: 'Bo', aadObjectId: 'aad-bo' };
const pat: TeamsUser = { id: '29:pat', name: 'Pat', aadObjectId: 'aad-pat' };
const ada: TeamsUser = { id: '29:ada', name: 'Ada', aadObjectId: 'aad-ada' };

let run: RunningTeams;
const db = () => run.frontline.database.db;
const post = (activity: Record<string, unknown>) => postActivity(run.baseUrl, activity);
const personal = (user: TeamsUser) => personalConversation(user).id;

interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: { body?: unknown; actions?: Record<string, unknown>[] };
}

/** An Action.Execute by `user`; resolves with the card that replaces the clicked one. */
async function invoke(user: TeamsUser, verb: string, data: Record<string, unknown>) {
  const res = await post(cardAction({ serviceUrl: run.teams.url, from: user, verb, data }));
  expect(res.status).toBe(200);
  const answer = res.body as InvokeAnswer;
  expect(answer).toMatchObject({
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
  });
  return answer.value;
}

/** Every TextBlock's text in a card (or anything holding cards), joined. */
function cardText(node: unknown): string {
  const texts: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  return texts.join('\n');
}

const verbsOf = (card: { actions?: Record<string, unknown>[] }) =>
  (card.actions ?? []).map((a) => a.verb);

const say = (user: TeamsUser, text: string, mentions: TeamsUser[] = []) =>
  post(personalMessage({ serviceUrl: run.teams.url, from: user, text, mentions }));
const sayInChannel = (user: TeamsUser, text: string, mentions: TeamsUser[] = []) =>
  post(channelMessage({ serviceUrl: run.teams.url, from: user, text, mentions }));

const report = (user: TeamsUser, fields: Record<string, string>) =>
  invoke(user, REPORT_VERB, { form: 'escalate', ...fields });

const onlyEscalation = async () => (await first(db().select().from(escalations)))!;

/** Everything due is delivered, including what a step's own kick already had in flight. */
const delivered = () => outboxSettled(run.frontline.outbox);

beforeEach(async () => {
  run = await startWithMockTeams({ TEAMS_ADMINS: 'ada@example.com' });
  for (const user of [ana, max, bo, pat, ada]) {
    run.teams.addMember({ ...user, email: `${user.name.toLowerCase()}@example.com` });
  }
  // Everyone but Bo has a personal chat with Frontline.
  for (const user of [ana, max, pat, ada]) {
    await post(installationUpdate({ serviceUrl: run.teams.url, from: user }));
  }
  await say(ada, 'kudos manager <at>Ana</at> <at>Max</at>', [ana, max]);
  await say(ada, 'kudos manager <at>Max</at> <at>Bo</at>', [max, bo]);
  await say(ada, 'kudos manager <at>Pat</at> <at>Max</at>', [pat, max]);
  const managerOf = async (user: TeamsUser) => {
    const row = (await first(
      db().select().from(people).where(eq(people.platformUserId, user.id)),
    ))!;
    return row.managerId;
  };
  expect(await managerOf(ana)).not.toBeNull();
  expect(await managerOf(max)).not.toBeNull();
  // A public kudos in a channel, so the privacy check below has channel posts to look at.
  await sayInChannel(ana, 'kudos <at>Pat</at> kept calm with a hard client all week', [pat]);
  await delivered();
});

afterEach(() => run.stop());

test('the whole path through Action.Execute: report, manager card, acknowledge, talk, take over, resolve — all private', async () => {
  // In a channel, the channel hears only that a private form was sent.
  await sayInChannel(ana, 'escalate ACME Ltd: he shouted at me again');
  const inChannel = run.teams.posted().filter((p) => p.conversationId.startsWith(CHANNEL));
  expect(inChannel.at(-1)!.activity.text).toBe(t('en', 'teams.escalate.sentPrivately'));
  const sent = run.teams.posted(personal(ana)).at(-1)!;
  // A new message in the personal chat, not a reply to an activity that was never there.
  expect(sent.replyToId).toBeUndefined();
  const form = sent.activity;
  expect(JSON.stringify(form)).toContain('ACME Ltd');
  expect(JSON.stringify(form)).toContain(`"verb":"${REPORT_VERB}"`);

  const done = await report(ana, {
    client: 'ACME Ltd',
    what: WHAT,
    words: WORDS,
    severity: 'abusive',
    keep: 'yes',
  });
  expect(cardText(done)).toContain('ACME Ltd');
  expect(verbsOf(done)).toEqual([]);
  const escalation = await onlyEscalation();
  expect(escalation).toMatchObject({ severity: 'abusive', status: 'open', whatHappened: WHAT });
  const toAnaBefore = run.teams.posted(personal(ana)).length;
  const id = String(escalation.id);

  // The manager's card reaches Max's personal chat through the outbox, with the steps.
  await delivered();
  const card = run.teams.posted(personal(max)).at(-1)!.activity;
  expect(JSON.stringify(card)).toContain(WORDS);
  expect(JSON.stringify(card)).toContain(`"verb":"${ESCALATION_ACTIONS.acknowledge}"`);

  const acknowledged = await invoke(max, ESCALATION_ACTIONS.acknowledge, { value: id });
  expect(cardText(acknowledged)).toContain('Acknowledged');
  expect(cardText(acknowledged)).toContain(WHAT);
  expect(verbsOf(acknowledged)).toContain(ESCALATION_ACTIONS.takeOver);
  expect((await onlyEscalation()).status).toBe('acknowledged');

  // A step that needs input answers with its form; a bad submission shows it again.
  const talkForm = await invoke(max, ESCALATION_ACTIONS.talk, { value: id });
  expect(verbsOf(talkForm)).toEqual([stepSubmitVerb('escalation-talk'), SHOW_REPORT_VERB]);
  const bad = await invoke(max, stepSubmitVerb('escalation-talk'), {
    form: 'escalation-talk',
    escalation: id,
    note: 'Called the client.',
  });
  expect(cardText(bad)).toContain(t('en', 'escalate.error.talk', { max: 2000 }));
  expect(JSON.stringify(bad)).toContain('Called the client.');
  const talked = await invoke(max, stepSubmitVerb('escalation-talk'), {
    form: 'escalation-talk',
    escalation: id,
    note: 'Called the client, coached Ana.',
    followUp: '2099-01-05',
  });
  expect(cardText(talked)).toContain('2099-01-05');
  // Cancel on a form brings the report card back.
  await invoke(max, ESCALATION_ACTIONS.support, { value: id });
  const back = await invoke(max, SHOW_REPORT_VERB, { value: id });
  expect(cardText(back)).toContain(WHAT);
  expect(verbsOf(back)).toContain(ESCALATION_ACTIONS.resolve);

  await invoke(max, ESCALATION_ACTIONS.takeOver, { value: id });
  const acme = (await first(db().select().from(clients).where(eq(clients.name, 'ACME Ltd'))))!;
  const maxRow = (await first(
    db().select().from(people).where(eq(people.platformUserId, max.id)),
  ))!;
  expect(acme.ownerId).toBe(maxRow.id);

  const resolveForm = await invoke(max, ESCALATION_ACTIONS.resolve, { value: id });
  expect(verbsOf(resolveForm)[0]).toBe(stepSubmitVerb('escalation-resolve'));
  const resolved = await invoke(max, stepSubmitVerb('escalation-resolve'), {
    form: 'escalation-resolve',
    escalation: id,
    outcome: 'account_taken_over',
  });
  expect(cardText(resolved)).toContain(t('en', 'escalate.outcome.account_taken_over'));
  expect(verbsOf(resolved)).toEqual([]);
  expect(await onlyEscalation()).toMatchObject({
    status: 'resolved',
    outcome: 'account_taken_over',
  });
  const trail = (
    await db()
      .select()
      .from(escalationEvents)
      .where(eq(escalationEvents.escalationId, escalation.id))
  ).map((e) => e.kind);
  expect(trail).toEqual(['reported', 'routed', 'acknowledged', 'talked', 'took_over', 'resolved']);

  // A step on a resolved report is answered, and changes nothing.
  const late = await invoke(max, ESCALATION_ACTIONS.takeOver, { value: id });
  expect(cardText(late)).toBe(t('en', 'escalate.refused.resolved'));

  // Ana was told of the acknowledgement, the takeover and the outcome, in her personal chat.
  await delivered();
  expect(run.teams.posted(personal(ana)).length - toAnaBefore).toBe(3);
  await say(ana, 'escalate status');
  expect(cardText(run.teams.posted(personal(ana)).at(-1)!.activity)).toContain('ACME Ltd');

  // Pat asks for the status in a channel: the channel hears only where the answer went.
  await sayInChannel(pat, 'escalate status');
  expect(cardText(run.teams.posted(personal(pat)).at(-1)!.activity)).toBe(
    t('en', 'escalate.status.none'),
  );

  // Privacy: nothing of the report reached a channel or anyone outside Ana's chain.
  await delivered();
  const chain = new Set([ana, max, bo, ada].map(personal));
  const elsewhere = run.teams.posted().filter((p) => !chain.has(p.conversationId));
  expect(elsewhere.some((p) => p.conversationId.startsWith(CHANNEL))).toBe(true);
  expect(elsewhere.some((p) => p.conversationId === personal(pat))).toBe(true);
  for (const seen of elsewhere.map((p) => JSON.stringify(p.activity))) {
    expect(seen).not.toContain('ACME');
    expect(seen).not.toContain('shouted');
    expect(seen).not.toContain('worthless');
  }
});

test('a step by someone outside the chain is refused, shows nothing of the report, and changes nothing', async () => {
  await report(ana, { client: 'Globex', what: WHAT, severity: 'threatening' });
  const id = String((await onlyEscalation()).id);

  const refused = await invoke(pat, ESCALATION_ACTIONS.acknowledge, { value: id });
  expect(cardText(refused)).toBe(t('en', 'escalate.refused.notYours'));
  expect(JSON.stringify(refused)).not.toContain('Globex');
  const form = await invoke(pat, ESCALATION_ACTIONS.resolve, { value: id });
  expect(cardText(form)).toBe(t('en', 'escalate.refused.notYours'));
  const forged = await invoke(pat, stepSubmitVerb('escalation-resolve'), {
    escalation: id,
    outcome: 'other',
  });
  expect(cardText(forged)).toBe(t('en', 'escalate.refused.notYours'));
  const peek = await invoke(pat, SHOW_REPORT_VERB, { value: id });
  expect(JSON.stringify(peek)).not.toContain(WHAT);
  expect(await onlyEscalation()).toMatchObject({ status: 'open', acknowledgedAt: null });
  const kinds = (await db().select().from(escalationEvents)).map((e) => e.kind);
  expect(kinds).toEqual(['reported', 'routed']);

  // The manager's manager may act: the chain goes all the way up.
  await invoke(bo, ESCALATION_ACTIONS.acknowledge, { value: id });
  expect((await onlyEscalation()).status).toBe('acknowledged');
});

test('a bad report is shown again with what to fix, and nothing is stored', async () => {
  const short = await report(ana, { client: 'ACME', what: 'rude', severity: 'abusive' });
  expect(cardText(short)).toContain('Say what happened');
  expect(JSON.stringify(short)).toContain('"value":"ACME"');
  expect(verbsOf(short)).toEqual([REPORT_VERB]);
  expect(await db().select().from(escalations)).toHaveLength(0);
});

test('with no personal chat known, the form waits in the outbox, which starts one; the channel hears only that', async () => {
  const before = run.teams.posted().length;
  await sayInChannel(bo, 'escalate Initech: they threatened me');
  await delivered();
  const posted = run.teams.posted().slice(before);
  const inChannel = posted.filter((p) => p.conversationId.startsWith(CHANNEL));
  expect(inChannel.map((p) => p.activity.text)).toEqual([t('en', 'teams.escalate.sentPrivately')]);
  const started = run.teams.calls.filter(
    (c) => c.method === 'POST' && c.path === '/v3/conversations',
  );
  expect(started).toHaveLength(1);
  const [waiting] = posted.filter((p) => p.conversationId.startsWith('a:'));
  expect(cardText(waiting!.activity)).toContain(t('en', 'escalate.form.title'));
  expect(JSON.stringify(inChannel)).not.toContain('Initech');

  // Its button brings the form, filled in from what was asked.
  const [open] = [
    ...JSON.stringify(waiting!.activity).matchAll(/"verb":"([^"]+)","data":(\{[^}]*\})/g),
  ];
  const form = await invoke(bo, open![1]!, JSON.parse(open![2]!) as Record<string, unknown>);
  const fields = new Map((form.body as Record<string, unknown>[]).map((e) => [e.id, e.value]));
  expect(fields.get('client')).toBe('Initech');
  expect(fields.get('what')).toBe('they threatened me');
  expect(verbsOf(form)).toEqual([REPORT_VERB]);
});

test('a personal chat that fails once still gets the form, later, through the outbox; nothing reaches the channel', async () => {
  let refused = 0;
  run.teams.override = (call) => {
    if (call.method !== 'POST' || !call.path.startsWith(`/v3/conversations/${personal(ana)}/`)) {
      return undefined;
    }
    if (refused++ > 0) return undefined;
    return { status: 403, body: { error: { code: 'BotDisabledByAdmin', message: 'no' } } };
  };
  const before = run.teams.posted().length;
  await sayInChannel(ana, 'escalate Initech: they threatened me');
  await delivered();
  expect(refused).toBeGreaterThan(1);
  const posted = run.teams.posted().slice(before);
  const inChannel = posted.filter((p) => p.conversationId.startsWith(CHANNEL));
  expect(inChannel.map((p) => p.activity.text)).toEqual([t('en', 'teams.escalate.sentPrivately')]);
  const later = posted.filter((p) => p.conversationId === personal(ana));
  expect(later).toHaveLength(1);
  expect(cardText(later[0]!.activity)).toContain(t('en', 'escalate.form.title'));
  const queued = (await db().select().from(outbox)).filter((row) =>
    row.key.includes('private-answer'),
  );
  expect(queued.map((row) => row.status)).toEqual(['sent']);
});

test('a chat Teams does not say is personal is treated as shared: the form goes to the personal chat', async () => {
  const chat = '19:unnamed-chat@thread.v2';
  const activity = personalMessage({
    serviceUrl: run.teams.url,
    from: ana,
    text: 'escalate Initech: they threatened me',
  });
  await post({ ...activity, conversation: { id: chat, tenantId: 'tenant-1' } });
  await delivered();
  expect(run.teams.posted(chat).map((p) => p.activity.text)).toEqual([
    t('en', 'teams.escalate.sentPrivately'),
  ]);
  const form = run.teams.posted(personal(ana)).at(-1)!.activity;
  expect(JSON.stringify(form)).toContain(`"verb":"${REPORT_VERB}"`);
  expect(JSON.stringify(form)).toContain('Initech');
});

test('check-in answers: only the reporter may answer, and "worse" reaches the manager privately', async () => {
  await report(ana, { client: 'ACME Ltd', what: WHAT, severity: 'concerning' });
  const id = String((await onlyEscalation()).id);
  await delivered();

  const notYours = await invoke(max, CHECK_IN_ACTIONS.worse, { value: id });
  expect(cardText(notYours)).toBe(t('en', 'escalate.checkIn.notYours'));

  const before = run.teams.posted(personal(max)).length;
  const worse = await invoke(ana, CHECK_IN_ACTIONS.worse, { value: id });
  expect(cardText(worse)).toContain('Max');
  // The question and its buttons stay: things can change again.
  expect(verbsOf(worse)).toEqual(Object.values(CHECK_IN_ACTIONS));
  await delivered();
  const told = run.teams.posted(personal(max)).slice(before);
  expect(told).toHaveLength(1);
  expect(cardText(told[0]!.activity)).toContain('ACME Ltd');
});

describe('the escalate dialogue in the personal chat (TestAdapter)', () => {
  let fixture: CoreFixture;
  let deps: TeamsDeps;
  beforeAll(async () => {
    fixture = await openCoreFixture();
    deps = {
      core: fixture.ctx,
      outbox: new OutboxWorker(fixture.ctx, {}),
      // Never used in a personal chat: the answer is the turn's own reply.
      adapter: undefined as unknown as CloudAdapter,
      appId: '',
      admins: new Set(),
      emailLimits: DEFAULT_EMAIL_LIMITS,
    };
  });
  const adapter = new TestAdapter(
    async (context) => {
      const { command, rest } = commandOf(readTeamsText(context.activity).text);
      if (command === 'escalate') {
        await escalateCommand(deps, context, await teamsActor(deps, context), rest);
      }
    },
    {
      channelId: 'msteams',
      from: { id: ana.id, name: ana.name },
      recipient: { id: '28:frontline-bot', name: 'Frontline' },
      conversation: {
        id: personal(ana),
        conversationType: 'personal',
        tenantId: 'tenant-dialogue',
        isGroup: false,
        name: '',
      },
    },
  );
  const cardOf = (activity: Partial<Activity>) =>
    activity.attachments![0]!.content as { body: Record<string, unknown>[] };
  afterAll(() => fixture.database.close());

  test('"escalate Client: what happened" answers with the report form, filled in', async () => {
    await adapter.send('escalate ACME Ltd: he shouted at me again').assertReply((activity) => {
      const fields = new Map(cardOf(activity).body.map((e) => [e.id, e.value]));
      expect(fields.get('client')).toBe('ACME Ltd');
      expect(fields.get('what')).toBe('he shouted at me again');
      expect(activity.summary).toBe(t('en', 'escalate.form.title'));
    });
  });

  test('status, help and checkin are answered in the chat', async () => {
    await adapter
      .send('escalate status')
      .assertReply((activity) => {
        expect(cardText(cardOf(activity))).toBe(t('en', 'escalate.status.none'));
      })
      .send('escalate checkin 3')
      .assertReply((activity) => {
        // Only admins set it.
        expect(cardText(cardOf(activity))).toContain('admins');
      })
      .send('escalate help')
      .assertReply((activity) => {
        expect(cardText(cardOf(activity))).toContain('escalate status');
      });
  });
});
