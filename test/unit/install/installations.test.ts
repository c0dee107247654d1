import { first } from '../../../src/db/query';
import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/oauth';
import { SecretBox } from '../../../src/db/secret-box';
import { queueDueSummaries } from '../../../src/core/digests/queue-summary';
import { kudos, outbox, slackInstallations } from '../../../src/db/schema';
import {
  markWorkspaceInstalled,
  SlackInstallations,
} from '../../../src/slack/install/installations';
import { addPerson, addWorkspace, openCoreFixture } from '../../support/core-fixture';

const key = () => randomBytes(32).toString('base64');

describe('SecretBox', () => {
  test('what it seals it opens, and each seal differs', () => {
    const box = new SecretBox(key());
    const a = box.seal('xoxb-secret');
    const b = box.seal('xoxb-secret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('xoxb-secret');
    expect(box.open(a)).toBe('xoxb-secret');
  });

  test('a changed byte is caught, not opened', () => {
    const box = new SecretBox(key());
    const parts = box.seal('xoxb-secret').split('.');
    const data = Buffer.from(parts[4]!, 'base64url');
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
  });

  test('an old key still opens what it sealed; an unknown key is named, not tried', () => {
    const oldKey = key();
    const sealedBefore = new SecretBox(oldKey).seal('xoxb-old');
    const rotated = new SecretBox(key(), [oldKey]);
    expect(rotated.open(sealedBefore)).toBe('xoxb-old');
    expect(rotated.isStale(sealedBefore)).toBe(true);
    expect(rotated.isStale(rotated.seal('xoxb-new'))).toBe(false);
    expect(() => new SecretBox(key()).open(sealedBefore)).toThrow(/unknown key/);
  });

  test('a key of the wrong length is refused', () => {
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('SlackInstallations', () => {
  const installation = (team: string, token: string) =>
    ({
      team: { id: team, name: team },
      enterprise: undefined,
      bot: { token, scopes: ['chat:write'], id: 'B1', userId: 'U1' },
      user: { token: undefined, id: 'UINSTALLER', scopes: undefined },
      isEnterpriseInstall: false,
    }) as Installation;

  test('after a rotation, start-up seals every install again with the new key', async () => {
    const f = await openCoreFixture();
    const oldKey = key();
    await new SlackInstallations(f.ctx.db, new SecretBox(oldKey)).storeInstallation(
      installation('T1', 'xoxb-one'),
    );
    const rotated = new SlackInstallations(f.ctx.db, new SecretBox(key(), [oldKey]));
    expect(await rotated.resealStale()).toBe(1);
    expect(await rotated.resealStale()).toBe(0);
    // Sealed with the new key alone now: the old one can be dropped.
    const sealed = (await first(f.ctx.db.select().from(slackInstallations)))!.sealed;
    expect(sealed.split('.')[1]).not.toBe(new SecretBox(oldKey).seal('x').split('.')[1]);
    expect(await rotated.botToken({ externalId: 'T1', enterpriseId: null })).toBe('xoxb-one');
  });

  test('a workspace of an organisation that installed org-wide is served by that install', async () => {
    const f = await openCoreFixture();
    const store = new SlackInstallations(f.ctx.db, new SecretBox(key()));
    await store.storeInstallation({
      ...installation('T1', 'xoxb-org'),
      team: undefined,
      enterprise: { id: 'E1', name: 'Org' },
      isEnterpriseInstall: true,
    } as Installation);
    const found = await store.fetchInstallation({
      teamId: 'T7',
      enterpriseId: 'E1',
      isEnterpriseInstall: false,
    });
    expect(found.bot?.token).toBe('xoxb-org');
    await expect(
      store.fetchInstallation({
        teamId: 'T7',
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      }),
    ).rejects.toThrow(/not installed/);
  });
});

describe('an uninstalled workspace', () => {
  test('gets no weekly summary until it is installed again', async () => {
    const f = await openCoreFixture();
    // Monday 12:00 UTC: both summaries (Mondays 09:00) are due.
    const installed = await addWorkspace(f.ctx, { summaryChannel: 'CSUMMARY' });
    const removed = await addWorkspace(f.ctx, {
      summaryChannel: 'CSUMMARY',
      uninstalledAt: new Date(),
    });
    // A week with praise in each, so each has a summary to post.
    for (const workspace of [installed, removed]) {
      const giver = await addPerson(f.ctx, workspace, { name: 'Gia' });
      const recipient = await addPerson(f.ctx, workspace, { name: 'Ana' });
      await f.ctx.db.insert(kudos).values({
        workspaceId: workspace.id,
        giverId: giver.id,
        recipientId: recipient.id,
        words: 'calmed the client down',
        source: 'command',
        sourceRef: `ref-${workspace.id}`,
        createdAt: new Date(f.clock.now.getTime() - 24 * 60 * 60 * 1000),
      });
    }
    expect(await queueDueSummaries(f.ctx)).toBe(1);
    const queuedFor = (await f.ctx.db.select().from(outbox)).map((row) => row.workspaceId);
    expect(queuedFor).toEqual([installed.id]);

    await markWorkspaceInstalled(f.ctx.db, removed.externalId, null);
    expect(await queueDueSummaries(f.ctx)).toBe(1);
    expect((await f.ctx.db.select().from(outbox)).map((row) => row.workspaceId)).toContain(
      removed.id,
    );
  });
});
