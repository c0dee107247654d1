import { kudos } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { FrontlineBot } from '../../../src/teams/bot';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  cardAction,
  personalConversation,
  postActivity,
  TENANT,
  BOT,
  type TeamsUser,
} from '../../support/teams-activities';

const gia: TeamsUser = { id: '29:gia', name: 'Gia Giver', aadObjectId: 'aad-gia' };

let run: RunningTeams;

beforeEach(async () => {
  run = await startWithMockTeams();
  run.teams.addMember({ ...gia, email: 'gia@example.com' });
});

afterEach(() => {
  jest.restoreAllMocks();
  return run.stop();
});

/** An invoke from Gia's personal chat, with whatever name and value a client sends. */
function invoke(name: string | undefined, value: unknown, locale = 'en-US') {
  return {
    id: `invoke-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: run.teams.url,
    locale,
    from: gia,
    recipient: BOT,
    conversation: { tenantId: TENANT, ...personalConversation(gia) },
    channelData: { tenant: { id: TENANT } },
    type: 'invoke',
    ...(name === undefined ? {} : { name }),
    value,
  };
}

interface ErrorAnswer {
  statusCode: number;
  type: string;
  value: { code: string; message: string };
}

describe('every Teams invoke is answered', () => {
  test.each([
    ['a value without action', { trigger: 'manual' }],
    ['a value that is a string', 'garbage'],
    ['an action that is not an object', { action: 'Action.Execute' }],
    ['no value at all', null],
  ])('adaptiveCard/action with %s: 400 and an error saying what is wrong', async (_, value) => {
    const res = await postActivity(run.baseUrl, invoke('adaptiveCard/action', value));
    expect(res.status).toBe(400);
    const body = res.body as ErrorAnswer;
    expect(body.type).toBe('application/vnd.microsoft.error');
    expect(body.statusCode).toBe(400);
    expect(body.value.code).toBe('BadRequest');
    expect(body.value.message).toBeTruthy();
    expect(await run.frontline.database.db.select().from(kudos)).toHaveLength(0);
  });

  test('a bad card action is answered in the language of the person', async () => {
    const res = await postActivity(run.baseUrl, invoke('adaptiveCard/action', {}, 'ru-RU'));
    expect(res.status).toBe(400);
    expect((res.body as ErrorAnswer).value.message).toBe(t('ru', 'teams.invoke.malformed'));
  });

  test.each([
    ['composeExtension/fetchTask', null],
    ['composeExtension/submitAction', 'garbage'],
  ])('%s with a value that is no action: 400 with a body', async (name, value) => {
    const res = await postActivity(run.baseUrl, invoke(name, value));
    expect(res.status).toBe(400);
    expect((res.body as ErrorAnswer).value.code).toBe('BadRequest');
  });

  test('an invoke Frontline does not handle: 501 with a body that says so', async () => {
    const res = await postActivity(run.baseUrl, invoke('tab/fetch', {}));
    expect(res.status).toBe(501);
    expect((res.body as ErrorAnswer).value.code).toBe('NotImplemented');
  });

  test('a fault of ours in an invoke: onTurnError answers it, 500 with a translated word', async () => {
    jest
      .spyOn(
        FrontlineBot.prototype as unknown as { onInvokeActivity: () => Promise<never> },
        'onInvokeActivity',
      )
      .mockRejectedValue(new Error('the database is on fire'));
    const res = await postActivity(
      run.baseUrl,
      cardAction({
        serviceUrl: run.teams.url,
        from: gia,
        verb: 'kudos.form',
        data: {},
        locale: 'ru-RU',
      }),
    );
    expect(res.status).toBe(500);
    const body = res.body as ErrorAnswer;
    expect(body.type).toBe('application/vnd.microsoft.error');
    expect(body.value.message).toBe(t('ru', 'error.generic'));
  });

  test('a well-formed card action still gets its card', async () => {
    const res = await postActivity(
      run.baseUrl,
      cardAction({ serviceUrl: run.teams.url, from: gia, verb: 'no.such.verb', data: {} }),
    );
    expect(res.status).toBe(200);
    expect((res.body as { statusCode: number }).statusCode).toBe(200);
  });
});
