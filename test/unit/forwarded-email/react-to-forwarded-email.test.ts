import { forwardedEmails, outbox, type Person } from '../../../src/db/schema';
import type { ReadEmail } from '../../../src/core/forwarded-email/read/forwarded-email';
import {
  EMAIL_ACTIONS,
  reactToForwardedEmail,
  type ForwardedEmailInput,
} from '../../../src/core/forwarded-email/react';
import { t } from '../../../src/i18n';
import { addPerson, addWorkspace, openCoreFixture } from '../../support/core-fixture';

const COMPLIMENT =
  'Thank you so much for your fantastic help yesterday. You went above and beyond, and the ' +
  'whole team is grateful for your patience.';
const ABUSE =
  'You are useless incompetent idiots. I will make sure you all get fired, you pathetic morons.';

const email = (words: string, to: string[] = []): ReadEmail => ({
  ok: true,
  email: {
    from: { name: 'John Smith', address: 'john@acme-logistics.com', domain: 'acme-logistics.com' },
    to: to.map((address) => ({ address })),
    cc: [],
    subject: 'Yesterday',
    words,
    source: 'email-file',
  },
});

async function setUp() {
  const { ctx } = await openCoreFixture();
  const workspace = await addWorkspace(ctx);
  const slackbot = await addPerson(ctx, workspace, {
    name: 'Slackbot',
    platformUserId: 'USLACKBOT',
    isBot: true,
  });
  const ana = await addPerson(ctx, workspace, {
    name: 'Ana',
    platformUserId: 'UANA',
    email: 'ana@example.com',
  });
  const gia = await addPerson(ctx, workspace, { name: 'Gia', platformUserId: 'UGIA' });
  const input = (read: ReadEmail, forwarder: Person, more: Partial<ForwardedEmailInput> = {}) => ({
    workspace,
    forwarder,
    channel: 'C1',
    messageTs: '1.1',
    read,
    mentioned: [],
    personByEmail: async (address: string) => (address === 'ana@example.com' ? ana : undefined),
    ...more,
  });
  const queued = async () => await ctx.db.select().from(outbox);
  return { ctx, slackbot, ana, gia, input, queued };
}

describe('a forwarded email nobody can be named as forwarder of', () => {
  test('a compliment is kept for those it concerns, and only the thread is told why nothing is offered', async () => {
    const { ctx, slackbot, ana, input, queued } = await setUp();
    const outcome = await reactToForwardedEmail(
      ctx,
      input(email(COMPLIMENT, ['ana@example.com']), slackbot, { forwarderUnknown: true }),
    );
    expect(outcome.reaction).toBeUndefined();
    expect(outcome.privately).toBeUndefined();
    expect(outcome.row).toMatchObject({ kind: 'compliment', forwarderId: slackbot.id });
    expect(outcome.row!.concernsIds).toEqual([ana.id]);
    const [told] = await queued();
    expect(await queued()).toHaveLength(1);
    expect(told).toMatchObject({ targetKind: 'channel', target: 'C1', thread: '1.1' });
    const said = JSON.stringify(told!.message);
    expect(said).toContain(t('en', 'email.forwarder.unknown'));
    expect(said).not.toContain(EMAIL_ACTIONS.recordKudos);
  });

  test('it never concerns the stand-in for whoever posted it', async () => {
    const { ctx, slackbot, input } = await setUp();
    const outcome = await reactToForwardedEmail(
      ctx,
      input(email(COMPLIMENT), slackbot, { forwarderUnknown: true }),
    );
    expect(outcome.row!.concernsIds).toEqual([]);
  });

  test('abuse is offered to nobody privately, and its words go nowhere', async () => {
    const { ctx, slackbot, input, queued } = await setUp();
    const outcome = await reactToForwardedEmail(
      ctx,
      input(email(ABUSE), slackbot, { forwarderUnknown: true }),
    );
    expect(outcome.row).toMatchObject({ kind: 'abusive' });
    expect((await queued()).map((q) => q.targetKind)).toEqual(['channel']);
    expect(JSON.stringify(await queued())).not.toContain('morons');
  });

  test('an email that is neither says nothing, as always, and is still kept', async () => {
    const { ctx, slackbot, input, queued } = await setUp();
    const outcome = await reactToForwardedEmail(
      ctx,
      input(email('Please find attached invoice 4411 for October.'), slackbot, {
        forwarderUnknown: true,
      }),
    );
    expect(outcome.row).toMatchObject({ kind: 'neither', status: 'dismissed' });
    expect(await queued()).toEqual([]);
  });

  test('whoever asks about it in its thread becomes its forwarder and is answered', async () => {
    const { ctx, slackbot, gia, input } = await setUp();
    const read = email(COMPLIMENT, ['ana@example.com']);
    const first = await reactToForwardedEmail(
      ctx,
      input(read, slackbot, { forwarderUnknown: true }),
    );
    const asked = await reactToForwardedEmail(ctx, input(read, gia, { asked: true }));
    expect(JSON.stringify(asked.privately)).toContain(EMAIL_ACTIONS.recordKudos);
    const now = await ctx.db.select().from(forwardedEmails);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ id: first.row!.id, forwarderId: gia.id });
  });

  test('a known forwarder of an email that names nobody is the one it concerns, as before', async () => {
    const { ctx, gia, input, queued } = await setUp();
    const outcome = await reactToForwardedEmail(ctx, input(email(COMPLIMENT), gia));
    expect(outcome.reaction).toBe('sparkles');
    expect(outcome.row!.concernsIds).toEqual([gia.id]);
    expect(JSON.stringify((await queued())[0]!.message)).toContain(EMAIL_ACTIONS.recordKudos);
  });
});
