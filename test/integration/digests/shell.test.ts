import { first } from '../../../src/db/query';
import { kudos } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { openCoreFixture, type CoreFixture } from '../../support/core-fixture';
import { messageWithButton, typeIntoShell } from '../../support/shell-session';

let fixture: CoreFixture;
beforeEach(async () => (fixture = await openCoreFixture(new Date('2026-11-20T10:00:00Z'))));
afterEach(() => fixture.database.close());

const PRAISE = [
  '/kudos manager @ana @ben',
  '/kudos @ana thanks for rescuing the renewal client:"ACME Ltd"',
  '/kudos summary here',
];

/** The schedule covers what happened before it runs. */
const laterToday = () => (fixture.clock.now = new Date('2026-11-20T15:00:00Z'));

test('/tick brings the manager’s digest to the manager, whose thanks is sent with /do', async () => {
  await typeIntoShell(fixture.ctx, PRAISE);
  laterToday();
  const out = await typeIntoShell(fixture.ctx, [
    '/as ben',
    '/tick',
    '/do 1 send-thanks',
    'Thank you, Ana: ACME renewed because of you.',
  ]);
  expect(out).toContain(t('en', 'shell.tick', { digests: 1 }));
  expect(out).toContain(t('en', 'digest.title').toUpperCase());
  // The digest is the first numbered message, and its button was the one pressed.
  expect(messageWithButton(out, 'send-thanks')).toBe(1);
  expect(out).toContain(t('en', 'thanks.form.note'));
  expect(out).toContain(t('en', 'thanks.sent', { name: 'ana' }));
  const thanked = (await first(fixture.ctx.db.select().from(kudos)))!;
  expect(thanked.thankedAt).not.toBeNull();
  expect(thanked.thanksNote).toBe('Thank you, Ana: ACME renewed because of you.');
  expect(out).toContain(t('en', 'shell.dm.waiting', { name: 'ana' }));
});

test('/tick posts the weekly summary in #general, and says when there is no summary channel', async () => {
  await typeIntoShell(fixture.ctx, PRAISE);
  laterToday();
  const out = await typeIntoShell(fixture.ctx, ['/tick']);
  expect(out).toContain(t('en', 'summary.heading').toUpperCase());
  expect(out).not.toContain(t('en', 'shell.tick.noSummary'));

  fixture.database.close();
  fixture = await openCoreFixture(new Date('2026-11-20T10:00:00Z'));
  const without = await typeIntoShell(fixture.ctx, ['/tick']);
  expect(without).toContain(t('en', 'shell.tick', { digests: 0 }));
  expect(without).toContain(t('en', 'shell.tick.noSummary'));
});
