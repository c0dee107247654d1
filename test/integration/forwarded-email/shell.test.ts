import { first } from '../../../src/db/query';
import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import { escalations, forwardedEmails, kudos } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { runShell } from '../../../src/shell/shell';
import { openCoreFixture, type CoreFixture } from '../../support/core-fixture';
import { messageWithButton, typeIntoShell } from '../../support/shell-session';

let fixture: CoreFixture;
beforeEach(async () => (fixture = await openCoreFixture(new Date('2026-12-01T10:00:00Z'))));
afterEach(() => fixture.database.close());

/** A forward as Gmail writes it when pasted, the forwarder's note above it. */
const forward = (note: string, body: string) => [
  note,
  '---------- Forwarded message ---------',
  'From: Maria Popescu <maria@globex.ro>',
  'Date: Mon, 30 Nov 2026 at 10:12',
  'Subject: Re: invoices',
  'To: Support <support@ourco.com>',
  '',
  body,
  '.',
];

const COMPLIMENT = forward(
  '@ana, look what Globex wrote',
  'Thank you so much for sorting out our invoices so quickly. Ana was wonderful and patient.',
);
const ABUSE = forward(
  'This came in this morning',
  'You are a useless idiot and I will make sure you are fired. Fix it now or else.',
);

test('a pasted compliment is one message: reacted to, offered in its thread, recorded with /do', async () => {
  const out = await typeIntoShell(fixture.ctx, [
    ...COMPLIMENT,
    '/kudos help',
    '/do 2 record-kudos',
    ...COMPLIMENT,
  ]);
  expect(out).toContain('(1) [#general] shell posted this.');
  expect(out).toContain(t('en', 'shell.reacted', { emoji: 'sparkles', n: 1 }));
  expect(out).toContain('(2) [#general, replying to 1] Frontline:');
  expect(messageWithButton(out, 'record-kudos')).toBe(2);
  // Pasted again, the same email is recognised: one email, one kudos.
  expect(await fixture.ctx.db.select().from(forwardedEmails)).toHaveLength(1);
  const rows = await fixture.ctx.db.select().from(kudos);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.words).toContain('sorting out our invoices');
  expect(out).toContain(t('en', 'shell.dm.waiting', { name: 'ana' }));
});

test('an abusive email gets a discreet reaction, and its report is filed from the private offer', async () => {
  const out = await typeIntoShell(fixture.ctx, [
    ...ABUSE,
    '/do 2 report',
    'They wrote this after the invoice was late.',
    '3',
    '',
    '2',
  ]);
  expect(out).toContain(t('en', 'shell.reacted', { emoji: 'eyes', n: 1 }));
  // Only the forwarder is offered the report: the channel sees no words of it.
  expect(out).not.toMatch(/\[#general[^\]]*\] Frontline:[\s\S]*useless idiot/);
  const report = (await first(fixture.ctx.db.select().from(escalations)))!;
  expect(report).toMatchObject({ severity: 'threatening', cause: 'delay' });
  expect(report.clientWords).toContain('useless idiot');
  const email = (await first(fixture.ctx.db.select().from(forwardedEmails)))!;
  expect(email.escalationId).toBe(report.id);
});

test('a command ends a pasted message, and a message that is no forward is only posted', async () => {
  const out = await typeIntoShell(fixture.ctx, [
    'good morning everyone',
    'the coffee machine is fixed',
    '/kudos help',
  ]);
  expect(out).toContain('(1) [#general] shell posted this.');
  expect(out).not.toContain('(2)');
  expect(out).toContain(t('en', 'shell.onlyYou'));
  expect(await fixture.ctx.db.select().from(forwardedEmails)).toHaveLength(0);
});

test('at a terminal, lines after a pause are a new message; a paste stays whole', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString()));
  const running = runShell(fixture.ctx, input, output, { quietMs: 50 });
  input.write(COMPLIMENT.slice(0, -1).join('\n') + '\n');
  await new Promise((resolve) => setTimeout(resolve, 300));
  input.end('hello after a pause\n');
  await running;
  expect(printed).toContain(t('en', 'shell.reacted', { emoji: 'sparkles', n: 1 }));
  expect(printed).toContain('[#general] shell posted this.');
  expect(
    await first(fixture.ctx.db.select().from(forwardedEmails).where(eq(forwardedEmails.id, 1))),
  ).toBeDefined();
  expect(printed.match(/shell posted this/g)).toHaveLength(2);
});
