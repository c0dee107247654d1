import { written } from '../../../src/db/query';
import type { ActionsBlock } from '@slack/types';
import { eq } from 'drizzle-orm';
import { homeFor } from '../../../src/core/home/home';
import { people, type Person } from '../../../src/db/schema';
import { seedWorkspace } from '../../support/seeded-workspace';
import { addWorkspace, openCoreFixture } from '../../support/core-fixture';
import type { MessageModel, Part } from '../../../src/core/shared/message';
import { HOME_BLOCK_LIMIT, homeView } from '../../../src/slack/home/home-view';

const home = (parts: Part[]): MessageModel => ({ parts });

describe('homeView', () => {
  test('is a home view whose blocks are the message’s, with the page kept for the next click', () => {
    const view = homeView(
      home([
        { type: 'heading', text: 'Praise you received' },
        { type: 'quote', text: 'Ana was wonderful', attribution: 'ACME' },
        { type: 'buttons', buttons: [{ action: 'home-older', label: 'Older', value: '17:3' }] },
      ]),
      '17:3',
    );
    expect(view.type).toBe('home');
    expect(view.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'actions']);
    expect(JSON.parse(view.private_metadata!)).toEqual({ page: '17:3' });
    expect(JSON.parse(homeView(home([])).private_metadata!)).toEqual({});
  });

  test('keeps within Slack’s 100 blocks, not a message’s 50', () => {
    const parts: Part[] = Array.from({ length: 150 }, (_, i) => ({ type: 'divider' as const, i }));
    const blocks = homeView(home(parts)).blocks;
    expect(blocks).toHaveLength(HOME_BLOCK_LIMIT);
    expect(homeView(home(parts.slice(0, 80))).blocks).toHaveLength(80);
  });

  test('every home of a seeded workspace fits, with distinct action ids in each row', async () => {
    const f = await openCoreFixture();
    const workspace = await addWorkspace(f.ctx);
    const seeded = await seedWorkspace(f.ctx, workspace);
    // Dora is a manager of managers, and an admin too: the fullest home there is.
    const dora = await written(
      f.ctx.db
        .update(people)
        .set({ isAdmin: true })
        .where(eq(people.id, seeded.dora.id))
        .returning(),
    );
    for (const person of [...Object.values(seeded).filter(isPerson), dora]) {
      const view = homeView(await homeFor(f.ctx, workspace, person));
      expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
      for (const row of view.blocks.filter((b): b is ActionsBlock => b.type === 'actions')) {
        const ids = row.elements.map((e) => ('action_id' in e ? e.action_id : undefined));
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
    f.database.close();
  });
});

const isPerson = (v: unknown): v is Person =>
  typeof v === 'object' && v !== null && 'platformUserId' in v;
