import { written } from '../../../src/db/query';
import { clientForEmail } from '../../../src/core/clients/clients';
import { changeEmailSetting } from '../../../src/core/settings/email-settings';
import {
  clientOf,
  describeTriage,
  readAnyEmail,
} from '../../../src/core/forwarded-email/triage/triage-email';
import { clients } from '../../../src/db/schema';
import type { MessageKey } from '../../../src/i18n';
import { addWorkspace, openCoreFixture } from '../../support/core-fixture';

describe('the client an email comes from', () => {
  test.each([
    ['john@acme-logistics.com', 'Acme Logistics', 'acme-logistics.com'],
    ['ops@mail.northway.co.uk', 'Northway', 'mail.northway.co.uk'],
    ['ion@carpati.com.ro', 'Carpati', 'carpati.com.ro'],
    ['jonas@baltic-trade.lt', 'Baltic Trade', 'baltic-trade.lt'],
  ])('%s is the company %s', (address, name, domain) => {
    expect(clientOf({ address, name: 'Someone' })).toEqual({ name, address, domain });
  });

  test('a public mail service names the sender, not gmail', () => {
    expect(clientOf({ address: 'ivan.petrov@gmail.com', name: 'Ivan Petrov' })).toEqual({
      name: 'Ivan Petrov',
      address: 'ivan.petrov@gmail.com',
    });
    expect(clientOf({ address: 'anon@yandex.ru' })).toEqual({
      name: 'anon@yandex.ru',
      address: 'anon@yandex.ru',
    });
    expect(clientOf(undefined)).toBeUndefined();
  });
});

describe('the client account an email belongs to', () => {
  test('found by domain, else by name (learning the domain), else created once', async () => {
    const { ctx } = await openCoreFixture();
    const ws = await addWorkspace(ctx);
    const named = await written(
      ctx.db
        .insert(clients)
        .values({ workspaceId: ws.id, name: 'ACME Ltd', nameKey: 'acme ltd' })
        .returning(),
    );

    // "Acme" from acme.com is the only account whose name starts so: it learns the domain.
    const byName = await clientForEmail(ctx.db, ws.id, { name: 'Acme', domain: 'acme.com' });
    expect(byName.id).toBe(named.id);
    expect(byName.emailDomains).toEqual(['acme.com']);
    expect((await clientForEmail(ctx.db, ws.id, { name: 'Whoever', domain: 'acme.com' })).id).toBe(
      named.id,
    );

    const created = await clientForEmail(ctx.db, ws.id, {
      name: 'Northway',
      domain: 'northway.co.uk',
    });
    expect(created).toMatchObject({ name: 'Northway', emailDomains: ['northway.co.uk'] });
    expect(
      (await clientForEmail(ctx.db, ws.id, { name: 'Northway', domain: 'northway.co.uk' })).id,
    ).toBe(created.id);
    expect(await ctx.db.select().from(clients)).toHaveLength(2);
  });

  test('two accounts starting with the same word: neither is guessed', async () => {
    const { ctx } = await openCoreFixture();
    const ws = await addWorkspace(ctx);
    for (const name of ['Acme Ltd', 'Acme Holdings']) {
      await ctx.db
        .insert(clients)
        .values({ workspaceId: ws.id, name, nameKey: name.toLowerCase() });
    }
    const client = await clientForEmail(ctx.db, ws.id, { name: 'Acme', domain: 'acme.com' });
    expect(client.name).toBe('Acme');
    expect(await ctx.db.select().from(clients)).toHaveLength(3);
  });
});

describe('frontline triage input', () => {
  test('a pasted forward is read down to the client and their words', async () => {
    const read = await readAnyEmail({
      text:
        '---------- Forwarded message ---------\nFrom: John Smith <john@acme-logistics.com>\n' +
        'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Thanks\nTo: Ana <ana@example.com>\n\n' +
        'Thank you so much, Ana was fantastic and we are very grateful.\n',
    });
    expect(describeTriage(read)).toMatchObject({
      kind: 'compliment',
      language: 'en',
      client: { name: 'Acme Logistics', domain: 'acme-logistics.com' },
      concerns: ['ana@example.com'],
    });
  });

  test('a whole email (headers first) is read as an .eml; plain text as the words alone', async () => {
    const eml = await readAnyEmail({
      text:
        'From: Ion <ion@carpati.ro>\nTo: radu@example.com\nSubject: Multumiri\n' +
        'Content-Type: text/plain; charset=utf-8\n\nVă mulțumim foarte mult, Radu a fost minunat!\n',
    });
    expect(describeTriage(eml)).toMatchObject({ kind: 'compliment', client: { name: 'Carpati' } });

    const plain = describeTriage(await readAnyEmail({ text: 'Please send the invoice again.' }));
    expect(plain).toMatchObject({ kind: 'neither', client: null, concerns: [] });
    expect(describeTriage(await readAnyEmail({ text: '   ' }))).toEqual({ problem: 'empty' });
  });
});

describe('admins’ forwarded-email settings', () => {
  const run = async (
    setting: 'inbox' | 'autorecord' | 'reactions',
    value: string,
    channel = 'C1',
  ) => {
    const { ctx } = await openCoreFixture();
    const workspace = await addWorkspace(ctx, { emailInboxChannels: ['C0'] });
    let changed: Record<string, unknown> | undefined;
    let said: MessageKey | undefined;
    changeEmailSetting(
      setting,
      value,
      { workspace, channel },
      (key) => ((said = key), { parts: [] }),
      (fields) => (changed = fields),
    );
    return { changed, said };
  };

  test('inbox channels are added, removed and cleared', async () => {
    expect((await run('inbox', 'here')).changed).toEqual({ emailInboxChannels: ['C0', 'C1'] });
    expect((await run('inbox', 'off', 'C0')).changed).toEqual({ emailInboxChannels: [] });
    expect((await run('inbox', 'all')).changed).toEqual({ emailInboxChannels: [] });
    expect(await run('inbox', 'maybe')).toEqual({
      changed: undefined,
      said: 'settings.inbox.usage',
    });
  });

  test('auto-recording takes a confidence from 50 to 100 per cent', async () => {
    expect((await run('autorecord', '90')).changed).toEqual({ emailAutoRecordAbove: 0.9 });
    expect((await run('autorecord', '75%')).changed).toEqual({ emailAutoRecordAbove: 0.75 });
    expect((await run('autorecord', 'off')).changed).toEqual({ emailAutoRecordAbove: null });
    for (const bad of ['40', '101', '0.9', 'high']) {
      expect((await run('autorecord', bad)).said).toBe('settings.autorecord.usage');
    }
  });

  test('reaction emojis: kudos ones, then the report one', async () => {
    expect((await run('reactions', ':tada: :clap::skin-tone-2: report :warning:')).changed).toEqual(
      {
        kudosEmojis: ['tada', 'clap'],
        reportEmoji: 'warning',
      },
    );
    expect((await run('reactions', ':tada:')).changed).toEqual({
      kudosEmojis: ['tada'],
      reportEmoji: 'rotating_light',
    });
    expect((await run('reactions', 'report :tada:')).said).toBe('settings.reactions.usage');
    expect((await run('reactions', ':tada: report :tada:')).said).toBe('settings.reactions.usage');
  });
});
