import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

let clock = new Date('2026-11-18T10:00:00Z'); // a Wednesday
let run: Running;

const command = async (text: string, user_id = 'UGIVER', channel_id = 'C1') =>
  (
    await postToSlackEndpoint(
      run.baseUrl,
      SIGNING_SECRET,
      slashCommandBody({ text, user_id, channel_id }),
    )
  ).json() as {
    text: string;
    blocks: unknown[];
  };
const postsTo = (channel: string) =>
  run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

beforeEach(async () => {
  clock = new Date('2026-11-18T10:00:00Z');
  run = await startWithMockSlack({}, { now: () => clock });
  run.slack
    .addUser({ id: 'UGIVER', name: 'Gia' })
    .addUser({ id: 'UANA', name: 'Ana' })
    .addUser({ id: 'USHY', name: 'Sam' })
    .addUser({ id: 'UADMIN', name: 'Ada', is_admin: true });
  await command('announce off', 'USHY');
  await command('<@UANA|ana> answered ACME within minutes client:"ACME Ltd"');
  await command('<@USHY|sam> fixed the invoice with care client:"Globex"');
  await run.frontline.outbox.drain();
  run.slack.calls.length = 0;
});

afterEach(() => run.stop());

test('admins choose the channel and time; the summary is posted once, at that time', async () => {
  expect((await command('summary here', 'UGIVER', 'CWINS')).text).toBe(
    t('en', 'settings.notAdmin'),
  );
  await command('summary here', 'UADMIN', 'CWINS');
  const at = await command('summary at mon 09:00 Europe/Vilnius', 'UADMIN');
  expect(at.text).toContain('Monday');
  expect(at.text).toContain('Europe/Vilnius');

  clock = new Date('2026-11-23T06:59:00Z'); // 08:59 in Vilnius
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
  expect(postsTo('CWINS')).toHaveLength(0);

  clock = new Date('2026-11-23T07:00:00Z');
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
  const posts = postsTo('CWINS');
  expect(posts).toHaveLength(1);
  const blocks = JSON.stringify(posts[0]!.args.blocks);
  expect(blocks).toContain('<@UANA>');
  expect(blocks).toContain('answered ACME within minutes');
  // Sam opted out of announcements: counted, never named or quoted.
  expect(blocks).not.toContain('USHY');
  expect(blocks).not.toContain('Sam');
  expect(blocks).not.toContain('fixed the invoice');
});

test('admins preview the summary privately and post it now', async () => {
  clock = new Date('2026-11-18T11:00:00Z');
  const preview = await command('summary preview', 'UADMIN');
  expect(JSON.stringify(preview.blocks)).toContain('<@UANA>');
  expect(run.slack.callsTo('chat.postMessage')).toHaveLength(0);

  expect((await command('summary now', 'UADMIN')).text).toBe(t('en', 'summary.noChannel'));
  await command('summary here', 'UADMIN', 'CWINS');
  expect((await command('summary now', 'UADMIN')).text).toBe(t('en', 'summary.posted'));
  await run.slack.waitFor('chat.postMessage', 1);
  expect(postsTo('CWINS')).toHaveLength(1);
});

test('a summary more than a day late is skipped, not posted as old news', async () => {
  await command('summary here', 'UADMIN', 'CWINS');
  await command('summary at mon 09:00 Europe/Vilnius', 'UADMIN');
  clock = new Date('2026-11-24T08:00:00Z'); // Tuesday: Monday's summary was missed by a day
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
  expect(postsTo('CWINS')).toHaveLength(0);
});
