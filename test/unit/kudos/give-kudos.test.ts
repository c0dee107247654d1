import { written } from '../../../src/db/query';
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
import { times } from '../../support/in-turn';

const WORDS = 'Stayed late to rescue the ACME renewal.';

let f: CoreFixture;
let workspace: Workspace;
let giver: Person;
let ana: Person;
let ben: Person;

beforeEach(async () => {
  f = await openCoreFixture(new Date('2025-03-10T12:00:00.000Z'));
  workspace = await addWorkspace(f.ctx);
  giver = await addPerson(f.ctx, workspace, { name: 'Gina', platformUserId: 'UGINA' });
  ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
  ben = await addPerson(f.ctx, workspace, { name: 'Ben', platformUserId: 'UBEN' });
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

const allKudos = async () => await f.ctx.db.select().from(kudos);
const allOutbox = async () => await f.ctx.db.select().from(outbox);

/** Reloads a workspace after changing its settings. */
async function setWorkspace(fields: Partial<typeof workspaces.$inferInsert>): Promise<Workspace> {
  return await written(
    f.ctx.db.update(workspaces).set(fields).where(eq(workspaces.id, workspace.id)).returning(),
  );
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
  async function expectRefused(
    result: Awaited<ReturnType<typeof giveKudos>>,
    code: string,
    field: string,
  ) {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    expect(plainText(result.reply)).toBe(result.error.message);
    // Nothing is kept of a refused kudos, not even the request id.
    expect(await allKudos()).toHaveLength(0);
    expect(await allOutbox()).toHaveLength(0);
    expect(await f.ctx.db.select().from(processedEvents)).toHaveLength(0);
    expect(await f.ctx.db.select().from(clients)).toHaveLength(0);
  }

  it('refuses a kudos that names nobody', async () => {
    const result = await giveKudos(f.ctx, input({ recipients: [] }));
    await expectRefused(result, 'noRecipient', 'recipients');
    expect(!result.ok && result.error.message).toBe(t('en', 'kudos.error.noRecipient'));
  });

  it('refuses an @name that matched nobody, naming it', async () => {
    const result = await giveKudos(f.ctx, input({ unknown: ['@zed'] }));
    await expectRefused(result, 'unknownPerson', 'recipients');
    expect(!result.ok && result.error.message).toBe(
      t('en', 'kudos.error.unknownPerson', { name: '@zed' }),
    );
  });

  it.each([
    ['teams', 'kudos.error.unknownPerson.teams'],
    ['shell', 'kudos.error.unknownPerson.shell'],
  ] as const)('in %s, says what links a name there, and never Slack', async (platform, key) => {
    const elsewhere = await addWorkspace(f.ctx, { platform });
    const someone = await addPerson(f.ctx, elsewhere, { name: 'Gia', platformUserId: 'gia' });
    const result = await giveKudos(
      f.ctx,
      input({ workspace: elsewhere, giver: someone, unknown: ['@zed'] }),
    );
    await expectRefused(result, 'unknownPerson', 'recipients');
    const message = !result.ok ? result.error.message : '';
    expect(message).toBe(t('en', key, { name: '@zed' }));
    expect(message).not.toContain('Slack');
  });

  it('refuses client: written without a name', async () => {
    const result = await giveKudos(f.ctx, input({ clientMissing: true }));
    await expectRefused(result, 'clientName', 'client');
  });

  it('refuses kudos to yourself, even among others', async () => {
    const result = await giveKudos(f.ctx, input({ recipients: [ana, giver] }));
    await expectRefused(result, 'self', 'recipients');
  });

  it('refuses kudos to a bot, naming it', async () => {
    const bot = await addPerson(f.ctx, workspace, {
      name: 'Standup Bot',
      platformUserId: 'UBOT',
      isBot: true,
    });
    const result = await giveKudos(f.ctx, input({ recipients: [ana, bot] }));
    await expectRefused(result, 'bot', 'recipients');
    expect(!result.ok && result.error.message).toBe(
      t('en', 'kudos.error.bot', { name: 'Standup Bot' }),
    );
  });

  it('refuses 9 characters and accepts 10, counting code points', async () => {
    const nine = '👍'.repeat(9); // 18 UTF-16 units, 9 characters
    const short = await giveKudos(f.ctx, input({ words: nine }));
    await expectRefused(short, 'tooShort', 'words');
    expect(!short.ok && short.error.message).toBe(
      t('en', 'kudos.error.tooShort', { min: 10, length: 9 }),
    );

    const ten = await giveKudos(f.ctx, input({ words: '👍'.repeat(10) }));
    expect(ten.ok).toBe(true);
  });

  it('refuses 3001 characters and accepts 3000', async () => {
    const long = await giveKudos(f.ctx, input({ words: 'a'.repeat(3001) }));
    await expectRefused(long, 'tooLong', 'words');
    expect(!long.ok && long.error.message).toBe(
      t('en', 'kudos.error.tooLong', { max: 3000, length: 3001 }),
    );

    expect((await giveKudos(f.ctx, input({ words: 'a'.repeat(3000) }))).ok).toBe(true);
  });

  it('answers in the giver’s language', async () => {
    const russian = await addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      locale: 'ru',
    });
    const result = await giveKudos(f.ctx, input({ giver: russian, words: 'спасибо' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      t('ru', 'kudos.error.tooShort', { min: 10, length: 7 }),
    );
    expect(!result.ok && result.error.message).not.toBe(
      t('en', 'kudos.error.tooShort', { min: 10, length: 7 }),
    );
  });

  it('falls back to the workspace language when the giver has none', async () => {
    workspace = await setWorkspace({ defaultLocale: 'lt' });
    const result = await giveKudos(f.ctx, input({ recipients: [] }));
    expect(!result.ok && result.error.message).toBe(t('lt', 'kudos.error.noRecipient'));
  });

  describe('daily limit', () => {
    it('is off by default', async () => {
      for (let i = 0; i < 5; i++) expect((await giveKudos(f.ctx, input())).ok).toBe(true);
      expect(await allKudos()).toHaveLength(5);
    });

    it('refuses once the giver has given the workspace’s limit today', async () => {
      workspace = await setWorkspace({ kudosDailyLimit: 2 });
      expect((await giveKudos(f.ctx, input())).ok).toBe(true);
      expect((await giveKudos(f.ctx, input({ recipients: [ben] }))).ok).toBe(true);

      const third = await giveKudos(f.ctx, input());
      expect(third.ok).toBe(false);
      expect(!third.ok && third.error.code).toBe('dailyLimit');
      expect(!third.ok && third.error.message).toBe(
        t('en', 'kudos.error.dailyLimit', { limit: 2 }),
      );
      expect(await allKudos()).toHaveLength(2);
    });

    it('counts each recipient', async () => {
      workspace = await setWorkspace({ kudosDailyLimit: 1 });
      const result = await giveKudos(f.ctx, input({ recipients: [ana, ben] }));
      expect(!result.ok && result.error.code).toBe('dailyLimit');
    });

    it('counts only what this giver gave', async () => {
      workspace = await setWorkspace({ kudosDailyLimit: 1 });
      expect((await giveKudos(f.ctx, input({ giver: ben, recipients: [ana] }))).ok).toBe(true);
      expect((await giveKudos(f.ctx, input())).ok).toBe(true);
    });

    it('starts again at midnight where the giver lives', async () => {
      workspace = await setWorkspace({ kudosDailyLimit: 1 });
      const newYorker = await addPerson(f.ctx, workspace, {
        name: 'Nora',
        platformUserId: 'UNORA',
        timezone: 'America/New_York', // UTC-5 in January
      });
      // 15:00 on 14 January in New York.
      f.clock.now = new Date('2025-01-14T20:00:00.000Z');
      expect((await giveKudos(f.ctx, input({ giver: newYorker }))).ok).toBe(true);

      // 22:00 the same New York day, though already 15 January in UTC.
      f.clock.now = new Date('2025-01-15T03:00:00.000Z');
      const sameDay = await giveKudos(f.ctx, input({ giver: newYorker }));
      expect(!sameDay.ok && sameDay.error.code).toBe('dailyLimit');

      // 00:30 on 15 January in New York.
      f.clock.now = new Date('2025-01-15T05:30:00.000Z');
      expect((await giveKudos(f.ctx, input({ giver: newYorker }))).ok).toBe(true);
    });

    it('uses UTC days for a giver without a timezone', async () => {
      workspace = await setWorkspace({ kudosDailyLimit: 1 });
      f.clock.now = new Date('2025-01-14T23:30:00.000Z');
      expect((await giveKudos(f.ctx, input())).ok).toBe(true);
      f.clock.now = new Date('2025-01-15T00:30:00.000Z');
      expect((await giveKudos(f.ctx, input())).ok).toBe(true);
    });

    it('a retried request that was already recorded is a duplicate, not over the limit', async () => {
      workspace = await setWorkspace({ kudosDailyLimit: 1 });
      const first = await giveKudos(f.ctx, input({ requestKey: 'trigger-1' }));
      expect(first.ok).toBe(true);
      const retry = await giveKudos(f.ctx, input({ requestKey: 'trigger-1' }));
      expect(retry.ok).toBe(true);
      expect(retry.ok && retry.duplicate).toBe(true);
      expect(await allKudos()).toHaveLength(1);
    });
  });
});

describe('giveKudos storing', () => {
  it('stores one row per recipient with words, values, source and request id', async () => {
    const result = await giveKudos(
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

    const rows = await allKudos();
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

  it('links an existing client account whatever the case and spacing', async () => {
    const acme = await findOrCreateClient(f.ctx.db, workspace.id, 'ACME Ltd');
    const result = await giveKudos(f.ctx, input({ clientName: '  acme   LTD ' }));
    expect((await allKudos())[0]!.clientId).toBe(acme.id);
    // The confirmation names the account as it is kept, not as it was typed.
    expect(plainText(result.reply)).toContain('ACME Ltd');
    expect(await f.ctx.db.select().from(clients)).toHaveLength(1);
  });

  it('creates a new client once for all recipients', async () => {
    await giveKudos(f.ctx, input({ recipients: [ana, ben], clientName: 'Globex' }));
    const accounts = await f.ctx.db.select().from(clients);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({
      name: 'Globex',
      nameKey: 'globex',
      workspaceId: workspace.id,
    });
    expect((await allKudos()).map((k) => k.clientId)).toEqual([accounts[0]!.id, accounts[0]!.id]);
  });

  it('keeps client accounts of different workspaces apart', async () => {
    const other = await addWorkspace(f.ctx);
    const theirs = await findOrCreateClient(f.ctx.db, other.id, 'Globex');
    await giveKudos(f.ctx, input({ clientName: 'Globex' }));
    expect((await allKudos())[0]!.clientId).not.toBe(theirs.id);
    expect(await f.ctx.db.select().from(clients)).toHaveLength(2);
  });

  it('confirms to the giver, naming the recipients', async () => {
    const result = await giveKudos(f.ctx, input({ recipients: [ana, ben] }));
    expect(result.ok).toBe(true);
    expect(mentionedIds(result.reply)).toEqual(['UANA', 'UBEN']);
    expect(plainText(result.reply)).toBe(
      t('en', 'kudos.recorded', { recipients: '@Ana and @Ben' }),
    );
  });

  it('the same request twice records once', async () => {
    const first = await giveKudos(
      f.ctx,
      input({ recipients: [ana, ben], requestKey: 'trigger-7' }),
    );
    const kudosAfterFirst = await allKudos();
    const outboxAfterFirst = await allOutbox();

    const second = await giveKudos(
      f.ctx,
      input({ recipients: [ana, ben], requestKey: 'trigger-7' }),
    );
    expect(second.ok).toBe(true);
    expect(second.ok && second.duplicate).toBe(true);
    expect(await allKudos()).toEqual(kudosAfterFirst);
    expect(await allOutbox()).toEqual(outboxAfterFirst);
    // The retry is answered with what the first request recorded.
    expect(second.ok && second.kudos.map((k) => k.id)).toEqual(
      first.ok && first.kudos.map((k) => k.id),
    );
  });

  it('the same request id in another workspace is a different request', async () => {
    const other = await addWorkspace(f.ctx);
    const otherGiver = await addPerson(f.ctx, other, { name: 'Oz', platformUserId: 'UOZ' });
    const otherAna = await addPerson(f.ctx, other, { name: 'Ana', platformUserId: 'UANA' });
    await giveKudos(f.ctx, input({ requestKey: 'same' }));
    const result = await giveKudos(
      f.ctx,
      input({ workspace: other, giver: otherGiver, recipients: [otherAna], requestKey: 'same' }),
    );
    expect(result.ok && result.duplicate).toBe(false);
    expect(await allKudos()).toHaveLength(2);
  });
});

describe('giveKudos deliveries', () => {
  const announcements = async () => (await allOutbox()).filter((r) => r.targetKind === 'channel');
  const dms = async () => (await allOutbox()).filter((r) => r.targetKind === 'person');

  it('announces once in the channel and DMs each recipient', async () => {
    await giveKudos(f.ctx, input({ recipients: [ana, ben], values: ['care'] }));
    expect(await announcements()).toHaveLength(1);
    const [announcement] = await announcements();
    expect(announcement).toMatchObject({
      target: 'CGENERAL',
      status: 'pending',
      workspaceId: workspace.id,
    });
    expect(announcement!.nextAttemptAt).toEqual(f.clock.now);
    expect(mentionedIds(announcement!.message as MessageModel)).toEqual(['UGINA', 'UANA', 'UBEN']);

    expect((await dms()).map((r) => r.target).sort()).toEqual(
      [String(ana.id), String(ben.id)].sort(),
    );
    const messages = (await allOutbox()).filter((r) => r.targetKind !== 'home');
    expect(new Set(messages.map((r) => r.key)).size).toBe(3);
    // And each recipient's home is refreshed, once.
    const homes = (await allOutbox()).filter((r) => r.targetKind === 'home');
    expect(homes.map((r) => r.target).sort()).toEqual([String(ana.id), String(ben.id)].sort());
  });

  it('quotes the words and lists the values in the message', async () => {
    await giveKudos(f.ctx, input({ values: ['care', 'speed'] }));
    const message = (await announcements())[0]!.message as MessageModel;
    expect(message.parts).toContainEqual({ type: 'quote', text: WORDS });
    expect(message.parts).toContainEqual({
      type: 'context',
      content: [t('en', 'kudos.values', { values: '#care, #speed' })],
    });
  });

  it('names the client in the announcement and the DM', async () => {
    await giveKudos(f.ctx, input({ clientName: 'acme ltd' }));
    const announcement = (await announcements())[0]!.message as MessageModel;
    expect(plainText(announcement)).toContain(
      t('en', 'kudos.announce.client', { client: 'acme ltd', recipients: '@Ana', giver: '@Gina' }),
    );
    expect(announcement.parts).toContainEqual({
      type: 'quote',
      text: WORDS,
      attribution: 'acme ltd',
    });
    expect(plainText((await dms())[0]!.message as MessageModel)).toContain(
      t('en', 'kudos.dm.client', { client: 'acme ltd', giver: '@Gina' }),
    );
  });

  it('writes each DM in the recipient’s language and the announcement in the workspace’s', async () => {
    workspace = await setWorkspace({ defaultLocale: 'ro' });
    const olga = await addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      locale: 'ru',
    });
    await giveKudos(f.ctx, input({ recipients: [olga] }));
    expect(plainText((await dms())[0]!.message as MessageModel)).toContain(
      t('ru', 'kudos.dm', { giver: '@Gina' }),
    );
    expect(plainText((await announcements())[0]!.message as MessageModel)).toContain(
      t('ro', 'kudos.announce', { giver: '@Gina', recipients: '@Olga' }),
    );
  });

  it('DMs but does not name a recipient who opted out of announcements', async () => {
    const shy = await addPerson(f.ctx, workspace, {
      name: 'Shy',
      platformUserId: 'USHY',
      announceOptOut: true,
    });
    await giveKudos(f.ctx, input({ recipients: [ana, shy] }));
    const announced = mentionedIds((await announcements())[0]!.message as MessageModel);
    expect(announced).toContain('UANA');
    expect(announced).not.toContain('USHY');
    expect(plainText((await announcements())[0]!.message as MessageModel)).not.toContain('Shy');
    expect((await dms()).map((r) => r.target)).toContain(String(shy.id));
  });

  it('announces nothing when every recipient opted out', async () => {
    const shy = await addPerson(f.ctx, workspace, {
      name: 'Shy',
      platformUserId: 'USHY',
      announceOptOut: true,
    });
    const result = await giveKudos(f.ctx, input({ recipients: [shy] }));
    expect(result.ok).toBe(true);
    expect(await announcements()).toHaveLength(0);
    expect(await dms()).toHaveLength(1);
  });

  it('announces in the workspace’s kudos channel rather than where the command was used', async () => {
    workspace = await setWorkspace({ kudosChannel: 'CKUDOS' });
    await giveKudos(f.ctx, input({ channel: 'CRANDOM' }));
    expect((await announcements()).map((r) => r.target)).toEqual(['CKUDOS']);
  });

  it('announces nowhere when there is no channel at all, but still DMs', async () => {
    await giveKudos(f.ctx, input({ channel: undefined }));
    expect(await announcements()).toHaveLength(0);
    expect(await dms()).toHaveLength(1);
  });
});

describe('review fixes', () => {
  it('refuses more than 20 recipients at once and stores nothing', async () => {
    const crowd = await times(
      21,
      async (i) => await addPerson(f.ctx, workspace, { name: `P${i}`, platformUserId: `UP${i}` }),
    );
    const result = await giveKudos(f.ctx, input({ recipients: crowd }));
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'kudos.error.tooMany', { max: 20 }));
    expect(await f.ctx.db.select().from(kudos)).toHaveLength(0);
    expect((await giveKudos(f.ctx, input({ recipients: crowd.slice(0, 20) }))).ok).toBe(true);
  });

  it('counts the daily limit from local midnight on a daylight-saving day', async () => {
    // 29 March 2026: Vilnius moves from UTC+2 to UTC+3 at 03:00 local time.
    await f.ctx.db
      .update(workspaces)
      .set({ kudosDailyLimit: 1 })
      .where(eq(workspaces.id, workspace.id));
    const vilnius = { ...workspace, kudosDailyLimit: 1 };
    const local = { ...giver, timezone: 'Europe/Vilnius' };
    f.clock.now = new Date('2026-03-28T21:30:00Z'); // 23:30 on the 28th, local
    expect(
      (await giveKudos(f.ctx, input({ workspace: vilnius, giver: local, requestKey: 'a' }))).ok,
    ).toBe(true);
    f.clock.now = new Date('2026-03-29T08:00:00Z'); // 11:00 on the 29th, local: a new day
    expect(
      (await giveKudos(f.ctx, input({ workspace: vilnius, giver: local, requestKey: 'b' }))).ok,
    ).toBe(true);
  });
});
