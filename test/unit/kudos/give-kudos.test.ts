import { eq } from 'drizzle-orm';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { giveKudos, type GiveKudosInput } from '../../../src/core/kudos/give-kudos';
import { plainText, type Inline, type MessageModel } from '../../../src/core/shared/message';
import { clients, kudos, outbox, processedEvents, workspaces } from '../../../src/db/schema';
import type { Person, Workspace } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

const WORDS = 'Stayed late to rescue the ACME renewal.';

let f: CoreFixture;
let workspace: Workspace;
let giver: Person;
let ana: Person;
let ben: Person;

beforeEach(() => {
  f = openCoreFixture(new Date('2025-03-10T12:00:00.000Z'));
  workspace = addWorkspace(f.ctx);
  giver = addPerson(f.ctx, workspace, { name: 'Gina', platformUserId: 'UGINA' });
  ana = addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
  ben = addPerson(f.ctx, workspace, { name: 'Ben', platformUserId: 'UBEN' });
});

afterEach(() => f.database.close());

let requests = 0;
function input(overrides: Partial<GiveKudosInput> = {}): GiveKudosInput {
  return {
    workspace,
    giver,
    recipients: [ana],
    words: WORDS,
    values: [],
    source: 'command',
    requestKey: `req-${++requests}`,
    channel: 'CGENERAL',
    ...overrides,
  };
}

const allKudos = () => f.ctx.db.select().from(kudos).all();
const allOutbox = () => f.ctx.db.select().from(outbox).all();

/** Reloads a workspace after changing its settings. */
function setWorkspace(fields: Partial<typeof workspaces.$inferInsert>): Workspace {
  return f.ctx.db
    .update(workspaces)
    .set(fields)
    .where(eq(workspaces.id, workspace.id))
    .returning()
    .get();
}

function mentionedIds(message: MessageModel): (string | null)[] {
  return message.parts.flatMap((part) =>
    part.type !== 'text' && part.type !== 'context'
      ? []
      : part.content
          .filter(
            (c: Inline): c is { mention: { platformUserId: string | null; name: string } } =>
              typeof c === 'object' && 'mention' in c,
          )
          .map((c) => c.mention.platformUserId),
  );
}

describe('giveKudos rules', () => {
  function expectRefused(result: ReturnType<typeof giveKudos>, code: string, field: string) {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    expect(plainText(result.reply)).toBe(result.error.message);
    // Nothing is kept of a refused kudos, not even the request id.
    expect(allKudos()).toHaveLength(0);
    expect(allOutbox()).toHaveLength(0);
    expect(f.ctx.db.select().from(processedEvents).all()).toHaveLength(0);
    expect(f.ctx.db.select().from(clients).all()).toHaveLength(0);
  }

  it('refuses a kudos that names nobody', () => {
    const result = giveKudos(f.ctx, input({ recipients: [] }));
    expectRefused(result, 'noRecipient', 'recipients');
    expect(!result.ok && result.error.message).toBe(t('en', 'kudos.error.noRecipient'));
  });

  it('refuses an @name that matched nobody, naming it', () => {
    const result = giveKudos(f.ctx, input({ unknown: ['@zed'] }));
    expectRefused(result, 'unknownPerson', 'recipients');
    expect(!result.ok && result.error.message).toBe(
      t('en', 'kudos.error.unknownPerson', { name: '@zed' }),
    );
  });

  it.each([
    ['teams', 'kudos.error.unknownPerson.teams'],
    ['shell', 'kudos.error.unknownPerson.shell'],
  ] as const)('in %s, says what links a name there, and never Slack', (platform, key) => {
    const elsewhere = addWorkspace(f.ctx, { platform });
    const someone = addPerson(f.ctx, elsewhere, { name: 'Gia', platformUserId: 'gia' });
    const result = giveKudos(
      f.ctx,
      input({ workspace: elsewhere, giver: someone, unknown: ['@zed'] }),
    );
    expectRefused(result, 'unknownPerson', 'recipients');
    const message = !result.ok ? result.error.message : '';
    expect(message).toBe(t('en', key, { name: '@zed' }));
    expect(message).not.toContain('Slack');
  });

  it('refuses client: written without a name', () => {
    const result = giveKudos(f.ctx, input({ clientMissing: true }));
    expectRefused(result, 'clientName', 'client');
  });

  it('refuses kudos to yourself, even among others', () => {
    const result = giveKudos(f.ctx, input({ recipients: [ana, giver] }));
    expectRefused(result, 'self', 'recipients');
  });

  it('refuses kudos to a bot, naming it', () => {
    const bot = addPerson(f.ctx, workspace, {
      name: 'Standup Bot',
      platformUserId: 'UBOT',
      isBot: true,
    });
    const result = giveKudos(f.ctx, input({ recipients: [ana, bot] }));
    expectRefused(result, 'bot', 'recipients');
    expect(!result.ok && result.error.message).toBe(
      t('en', 'kudos.error.bot', { name: 'Standup Bot' }),
    );
  });

  it('refuses 9 characters and accepts 10, counting code points', () => {
    const nine = '👍'.repeat(9); // 18 UTF-16 units, 9 characters
    const short = giveKudos(f.ctx, input({ words: nine }));
    expectRefused(short, 'tooShort', 'words');
    expect(!short.ok && short.error.message).toBe(
      t('en', 'kudos.error.tooShort', { min: 10, length: 9 }),
    );

    const ten = giveKudos(f.ctx, input({ words: '👍'.repeat(10) }));
    expect(ten.ok).toBe(true);
  });

  it('refuses 3001 characters and accepts 3000', () => {
    const long = giveKudos(f.ctx, input({ words: 'a'.repeat(3001) }));
    expectRefused(long, 'tooLong', 'words');
    expect(!long.ok && long.error.message).toBe(
      t('en', 'kudos.error.tooLong', { max: 3000, length: 3001 }),
    );

    expect(giveKudos(f.ctx, input({ words: 'a'.repeat(3000) })).ok).toBe(true);
  });

  it('answers in the giver’s language', () => {
    const russian = addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      locale: 'ru',
    });
    const result = giveKudos(f.ctx, input({ giver: russian, words: 'спасибо' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      t('ru', 'kudos.error.tooShort', { min: 10, length: 7 }),
    );
    expect(!result.ok && result.error.message).not.toBe(
      t('en', 'kudos.error.tooShort', { min: 10, length: 7 }),
    );
  });

  it('falls back to the workspace language when the giver has none', () => {
    workspace = setWorkspace({ defaultLocale: 'lt' });
    const result = giveKudos(f.ctx, input({ recipients: [] }));
    expect(!result.ok && result.error.message).toBe(t('lt', 'kudos.error.noRecipient'));
  });

  describe('daily limit', () => {
    it('is off by default', () => {
      for (let i = 0; i < 5; i++) expect(giveKudos(f.ctx, input()).ok).toBe(true);
      expect(allKudos()).toHaveLength(5);
    });

    it('refuses once the giver has given the workspace’s limit today', () => {
      workspace = setWorkspace({ kudosDailyLimit: 2 });
      expect(giveKudos(f.ctx, input()).ok).toBe(true);
      expect(giveKudos(f.ctx, input({ recipients: [ben] })).ok).toBe(true);

      const third = giveKudos(f.ctx, input());
      expect(third.ok).toBe(false);
      expect(!third.ok && third.error.code).toBe('dailyLimit');
      expect(!third.ok && third.error.message).toBe(
        t('en', 'kudos.error.dailyLimit', { limit: 2 }),
      );
      expect(allKudos()).toHaveLength(2);
    });

    it('counts each recipient', () => {
      workspace = setWorkspace({ kudosDailyLimit: 1 });
      const result = giveKudos(f.ctx, input({ recipients: [ana, ben] }));
      expect(!result.ok && result.error.code).toBe('dailyLimit');
    });

    it('counts only what this giver gave', () => {
      workspace = setWorkspace({ kudosDailyLimit: 1 });
      expect(giveKudos(f.ctx, input({ giver: ben, recipients: [ana] })).ok).toBe(true);
      expect(giveKudos(f.ctx, input()).ok).toBe(true);
    });

    it('starts again at midnight where the giver lives', () => {
      workspace = setWorkspace({ kudosDailyLimit: 1 });
      const newYorker = addPerson(f.ctx, workspace, {
        name: 'Nora',
        platformUserId: 'UNORA',
        timezone: 'America/New_York', // UTC-5 in January
      });
      // 15:00 on 14 January in New York.
      f.clock.now = new Date('2025-01-14T20:00:00.000Z');
      expect(giveKudos(f.ctx, input({ giver: newYorker })).ok).toBe(true);

      // 22:00 the same New York day, though already 15 January in UTC.
      f.clock.now = new Date('2025-01-15T03:00:00.000Z');
      const sameDay = giveKudos(f.ctx, input({ giver: newYorker }));
      expect(!sameDay.ok && sameDay.error.code).toBe('dailyLimit');

      // 00:30 on 15 January in New York.
      f.clock.now = new Date('2025-01-15T05:30:00.000Z');
      expect(giveKudos(f.ctx, input({ giver: newYorker })).ok).toBe(true);
    });

    it('uses UTC days for a giver without a timezone', () => {
      workspace = setWorkspace({ kudosDailyLimit: 1 });
      f.clock.now = new Date('2025-01-14T23:30:00.000Z');
      expect(giveKudos(f.ctx, input()).ok).toBe(true);
      f.clock.now = new Date('2025-01-15T00:30:00.000Z');
      expect(giveKudos(f.ctx, input()).ok).toBe(true);
    });

    it('a retried request that was already recorded is a duplicate, not over the limit', () => {
      workspace = setWorkspace({ kudosDailyLimit: 1 });
      const first = giveKudos(f.ctx, input({ requestKey: 'trigger-1' }));
      expect(first.ok).toBe(true);
      const retry = giveKudos(f.ctx, input({ requestKey: 'trigger-1' }));
      expect(retry.ok).toBe(true);
      expect(retry.ok && retry.duplicate).toBe(true);
      expect(allKudos()).toHaveLength(1);
    });
  });
});

describe('giveKudos storing', () => {
  it('stores one row per recipient with words, values, source and request id', () => {
    const result = giveKudos(
      f.ctx,
      input({
        recipients: [ana, ben, ana],
        values: ['ownership', 'care'],
        source: 'form',
        requestKey: 'view-42',
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.duplicate).toBe(false);

    const rows = allKudos();
    expect(rows.map((k) => k.recipientId).sort()).toEqual([ana.id, ben.id].sort());
    expect(result.kudos.map((k) => k.id).sort()).toEqual(rows.map((k) => k.id).sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        workspaceId: workspace.id,
        giverId: giver.id,
        words: WORDS,
        values: ['ownership', 'care'],
        source: 'form',
        sourceRef: 'view-42',
        clientId: null,
        thankedAt: null,
      });
      expect(row.createdAt).toEqual(f.clock.now);
    }
  });

  it('links an existing client account whatever the case and spacing', () => {
    const acme = findOrCreateClient(f.ctx.db, workspace.id, 'ACME Ltd');
    const result = giveKudos(f.ctx, input({ clientName: '  acme   LTD ' }));
    expect(allKudos()[0]!.clientId).toBe(acme.id);
    // The confirmation names the account as it is kept, not as it was typed.
    expect(plainText(result.reply)).toContain('ACME Ltd');
    expect(f.ctx.db.select().from(clients).all()).toHaveLength(1);
  });

  it('creates a new client once for all recipients', () => {
    giveKudos(f.ctx, input({ recipients: [ana, ben], clientName: 'Globex' }));
    const accounts = f.ctx.db.select().from(clients).all();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({
      name: 'Globex',
      nameKey: 'globex',
      workspaceId: workspace.id,
    });
    expect(allKudos().map((k) => k.clientId)).toEqual([accounts[0]!.id, accounts[0]!.id]);
  });

  it('keeps client accounts of different workspaces apart', () => {
    const other = addWorkspace(f.ctx);
    const theirs = findOrCreateClient(f.ctx.db, other.id, 'Globex');
    giveKudos(f.ctx, input({ clientName: 'Globex' }));
    expect(allKudos()[0]!.clientId).not.toBe(theirs.id);
    expect(f.ctx.db.select().from(clients).all()).toHaveLength(2);
  });

  it('confirms to the giver, naming the recipients', () => {
    const result = giveKudos(f.ctx, input({ recipients: [ana, ben] }));
    expect(result.ok).toBe(true);
    expect(mentionedIds(result.reply)).toEqual(['UANA', 'UBEN']);
    expect(plainText(result.reply)).toBe(
      t('en', 'kudos.recorded', { recipients: '@Ana and @Ben' }),
    );
  });

  it('the same request twice records once', () => {
    const first = giveKudos(f.ctx, input({ recipients: [ana, ben], requestKey: 'trigger-7' }));
    const kudosAfterFirst = allKudos();
    const outboxAfterFirst = allOutbox();

    const second = giveKudos(f.ctx, input({ recipients: [ana, ben], requestKey: 'trigger-7' }));
    expect(second.ok).toBe(true);
    expect(second.ok && second.duplicate).toBe(true);
    expect(allKudos()).toEqual(kudosAfterFirst);
    expect(allOutbox()).toEqual(outboxAfterFirst);
    // The retry is answered with what the first request recorded.
    expect(second.ok && second.kudos.map((k) => k.id)).toEqual(
      first.ok && first.kudos.map((k) => k.id),
    );
  });

  it('the same request id in another workspace is a different request', () => {
    const other = addWorkspace(f.ctx);
    const otherGiver = addPerson(f.ctx, other, { name: 'Oz', platformUserId: 'UOZ' });
    const otherAna = addPerson(f.ctx, other, { name: 'Ana', platformUserId: 'UANA' });
    giveKudos(f.ctx, input({ requestKey: 'same' }));
    const result = giveKudos(
      f.ctx,
      input({ workspace: other, giver: otherGiver, recipients: [otherAna], requestKey: 'same' }),
    );
    expect(result.ok && result.duplicate).toBe(false);
    expect(allKudos()).toHaveLength(2);
  });
});

describe('giveKudos deliveries', () => {
  const announcements = () => allOutbox().filter((r) => r.targetKind === 'channel');
  const dms = () => allOutbox().filter((r) => r.targetKind === 'person');

  it('announces once in the channel and DMs each recipient', () => {
    giveKudos(f.ctx, input({ recipients: [ana, ben], values: ['care'] }));
    expect(announcements()).toHaveLength(1);
    const [announcement] = announcements();
    expect(announcement).toMatchObject({
      target: 'CGENERAL',
      status: 'pending',
      workspaceId: workspace.id,
    });
    expect(announcement!.nextAttemptAt).toEqual(f.clock.now);
    expect(mentionedIds(announcement!.message as MessageModel)).toEqual(['UGINA', 'UANA', 'UBEN']);

    expect(
      dms()
        .map((r) => r.target)
        .sort(),
    ).toEqual([String(ana.id), String(ben.id)].sort());
    const messages = allOutbox().filter((r) => r.targetKind !== 'home');
    expect(new Set(messages.map((r) => r.key)).size).toBe(3);
    // And each recipient's home is refreshed, once.
    const homes = allOutbox().filter((r) => r.targetKind === 'home');
    expect(homes.map((r) => r.target).sort()).toEqual([String(ana.id), String(ben.id)].sort());
  });

  it('quotes the words and lists the values in the message', () => {
    giveKudos(f.ctx, input({ values: ['care', 'speed'] }));
    const message = announcements()[0]!.message as MessageModel;
    expect(message.parts).toContainEqual({ type: 'quote', text: WORDS });
    expect(message.parts).toContainEqual({
      type: 'context',
      content: [t('en', 'kudos.values', { values: '#care, #speed' })],
    });
  });

  it('names the client in the announcement and the DM', () => {
    giveKudos(f.ctx, input({ clientName: 'acme ltd' }));
    const announcement = announcements()[0]!.message as MessageModel;
    expect(plainText(announcement)).toContain(
      t('en', 'kudos.announce.client', { client: 'acme ltd', recipients: '@Ana', giver: '@Gina' }),
    );
    expect(announcement.parts).toContainEqual({
      type: 'quote',
      text: WORDS,
      attribution: 'acme ltd',
    });
    expect(plainText(dms()[0]!.message as MessageModel)).toContain(
      t('en', 'kudos.dm.client', { client: 'acme ltd', giver: '@Gina' }),
    );
  });

  it('writes each DM in the recipient’s language and the announcement in the workspace’s', () => {
    workspace = setWorkspace({ defaultLocale: 'ro' });
    const olga = addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      locale: 'ru',
    });
    giveKudos(f.ctx, input({ recipients: [olga] }));
    expect(plainText(dms()[0]!.message as MessageModel)).toContain(
      t('ru', 'kudos.dm', { giver: '@Gina' }),
    );
    expect(plainText(announcements()[0]!.message as MessageModel)).toContain(
      t('ro', 'kudos.announce', { giver: '@Gina', recipients: '@Olga' }),
    );
  });

  it('DMs but does not name a recipient who opted out of announcements', () => {
    const shy = addPerson(f.ctx, workspace, {
      name: 'Shy',
      platformUserId: 'USHY',
      announceOptOut: true,
    });
    giveKudos(f.ctx, input({ recipients: [ana, shy] }));
    const announced = mentionedIds(announcements()[0]!.message as MessageModel);
    expect(announced).toContain('UANA');
    expect(announced).not.toContain('USHY');
    expect(plainText(announcements()[0]!.message as MessageModel)).not.toContain('Shy');
    expect(dms().map((r) => r.target)).toContain(String(shy.id));
  });

  it('announces nothing when every recipient opted out', () => {
    const shy = addPerson(f.ctx, workspace, {
      name: 'Shy',
      platformUserId: 'USHY',
      announceOptOut: true,
    });
    const result = giveKudos(f.ctx, input({ recipients: [shy] }));
    expect(result.ok).toBe(true);
    expect(announcements()).toHaveLength(0);
    expect(dms()).toHaveLength(1);
  });

  it('announces in the workspace’s kudos channel rather than where the command was used', () => {
    workspace = setWorkspace({ kudosChannel: 'CKUDOS' });
    giveKudos(f.ctx, input({ channel: 'CRANDOM' }));
    expect(announcements().map((r) => r.target)).toEqual(['CKUDOS']);
  });

  it('announces nowhere when there is no channel at all, but still DMs', () => {
    giveKudos(f.ctx, input({ channel: undefined }));
    expect(announcements()).toHaveLength(0);
    expect(dms()).toHaveLength(1);
  });
});

describe('review fixes', () => {
  it('refuses more than 20 recipients at once and stores nothing', () => {
    const crowd = Array.from({ length: 21 }, (_, i) =>
      addPerson(f.ctx, workspace, { name: `P${i}`, platformUserId: `UP${i}` }),
    );
    const result = giveKudos(f.ctx, input({ recipients: crowd }));
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'kudos.error.tooMany', { max: 20 }));
    expect(f.ctx.db.select().from(kudos).all()).toHaveLength(0);
    expect(giveKudos(f.ctx, input({ recipients: crowd.slice(0, 20) })).ok).toBe(true);
  });

  it('counts the daily limit from local midnight on a daylight-saving day', () => {
    // 29 March 2026: Vilnius moves from UTC+2 to UTC+3 at 03:00 local time.
    f.ctx.db
      .update(workspaces)
      .set({ kudosDailyLimit: 1 })
      .where(eq(workspaces.id, workspace.id))
      .run();
    const vilnius = { ...workspace, kudosDailyLimit: 1 };
    const local = { ...giver, timezone: 'Europe/Vilnius' };
    f.clock.now = new Date('2026-03-28T21:30:00Z'); // 23:30 on the 28th, local
    expect(giveKudos(f.ctx, input({ workspace: vilnius, giver: local, requestKey: 'a' })).ok).toBe(
      true,
    );
    f.clock.now = new Date('2026-03-29T08:00:00Z'); // 11:00 on the 29th, local: a new day
    expect(giveKudos(f.ctx, input({ workspace: vilnius, giver: local, requestKey: 'b' })).ok).toBe(
      true,
    );
  });
});
