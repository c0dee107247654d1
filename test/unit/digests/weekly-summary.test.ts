import { findOrCreateClient } from '../../../src/core/clients/clients';
import {
  plainText,
  type Inline,
  type MessageModel,
  type Part,
} from '../../../src/core/shared/message';
import {
  buildWeeklySummary,
  MAX_FIRST_TIMERS,
  MAX_HEROES,
  QUOTE_MAX,
  WEEK_MS,
  type WeeklySummary,
} from '../../../src/core/digests/weekly-summary';
import { kudos, type Person, type Workspace } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { BLOCK_LIMIT, messageBlocks } from '../../../src/slack/kit/render-message';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

/** A Monday morning: the week summarised is [3 March 09:00, 10 March 09:00) UTC. */
const WEEK_END = new Date('2025-03-10T09:00:00.000Z');
const WEEK_START = new Date(WEEK_END.getTime() - WEEK_MS);
const DAY = 24 * 60 * 60 * 1000;
/** `days` days into the summarised week (0 = its first moment). */
const inWeek = (days: number) => new Date(WEEK_START.getTime() + days * DAY);
/** `days` days before the summarised week began. */
const before = (days: number) => new Date(WEEK_START.getTime() - days * DAY);

let f: CoreFixture;
let workspace: Workspace;
let giver: Person;
let refs = 0;

beforeEach(async () => {
  f = await openCoreFixture(WEEK_END);
  workspace = await addWorkspace(f.ctx);
  giver = await addPerson(f.ctx, workspace, { name: 'Gina', platformUserId: 'UGINA' });
});

afterEach(() => f.database.close());

async function person(
  name: string,
  fields: Partial<Parameters<typeof addPerson>[2]> = {},
): Promise<Person> {
  return await addPerson(f.ctx, workspace, {
    name,
    platformUserId: `U${name.toUpperCase()}`,
    ...fields,
  });
}

async function praise(
  recipient: Person,
  at: Date,
  options: { client?: string; words?: string; values?: string[] } = {},
): Promise<void> {
  const client = options.client
    ? await findOrCreateClient(f.ctx.db, workspace.id, options.client)
    : undefined;
  await f.ctx.db.insert(kudos).values({
    workspaceId: workspace.id,
    giverId: giver.id,
    recipientId: recipient.id,
    clientId: client?.id ?? null,
    words: options.words ?? `Thank you, ${recipient.name}, for the help.`,
    values: options.values ?? [],
    source: 'command',
    sourceRef: `ref-${++refs}`,
    createdAt: at,
  });
}

async function build(ws: Workspace = workspace): Promise<WeeklySummary> {
  const summary = await buildWeeklySummary(f.ctx, ws, WEEK_END);
  if (!summary) throw new Error('expected a summary');
  return summary;
}

const inlines = (part: Part): Inline[] =>
  part.type === 'text' || part.type === 'context' ? part.content : [];

function mentionedNames(message: MessageModel): string[] {
  return message.parts
    .flatMap(inlines)
    .flatMap((c) => (typeof c === 'object' && 'mention' in c ? [c.mention.name] : []));
}

const textOf = (part: Part) =>
  inlines(part)
    .map((c) => (typeof c === 'string' ? c : 'bold' in c ? c.bold : `@${c.mention.name}`))
    .join('');

/**
 * The hero lines in order (the only parts that start with a mention), each with the quote
 * that follows it, if any.
 */
function heroes(message: MessageModel): { name: string; line: string; quote?: Part }[] {
  const out: { name: string; line: string; quote?: Part }[] = [];
  message.parts.forEach((part, i) => {
    const line = textOf(part);
    const first = inlines(part)[0];
    if (part.type !== 'text' || typeof first !== 'object' || !('mention' in first)) return;
    const next = message.parts[i + 1];
    out.push({
      name: first.mention.name,
      line,
      ...(next?.type === 'quote' ? { quote: next } : {}),
    });
  });
  return out;
}

/** The text of the part that starts with the bold section title `title`. */
function section(message: MessageModel, title: string): string | undefined {
  const part = message.parts.find((p) => {
    const first = inlines(p)[0];
    return typeof first === 'object' && 'bold' in first && first.bold === title;
  });
  return part && textOf(part);
}

describe('buildWeeklySummary', () => {
  it('is null when nobody was praised in the week, counting from its first moment to before its end', async () => {
    const ana = await person('Ana');
    await praise(ana, before(1), { client: 'ACME' });
    await praise(ana, new Date(WEEK_START.getTime() - 1));
    await praise(ana, WEEK_END);
    expect(await buildWeeklySummary(f.ctx, workspace, WEEK_END)).toBeNull();

    await praise(ana, WEEK_START);
    expect((await buildWeeklySummary(f.ctx, workspace, WEEK_END))?.totals.peerKudos).toBe(1);
  });

  it('leaves other workspaces out', async () => {
    const other = await addWorkspace(f.ctx);
    const stranger = await addPerson(f.ctx, other, { name: 'Stranger' });
    await f.ctx.db.insert(kudos).values({
      workspaceId: other.id,
      giverId: stranger.id,
      recipientId: stranger.id,
      words: 'Someone else’s praise.',
      source: 'command',
      sourceRef: 'other-1',
      createdAt: inWeek(1),
    });
    expect(await buildWeeklySummary(f.ctx, workspace, WEEK_END)).toBeNull();
    await praise(await person('Ana'), inWeek(1));
    const summary = await build();
    expect(summary.totals.peerKudos).toBe(1);
    expect(plainText(summary.message)).not.toContain('Stranger');
  });

  it('ranks heroes by client compliments, then by kudos from colleagues, with their counts', async () => {
    const ana = await person('Ana');
    const ben = await person('Ben');
    const cy = await person('Cy');
    const dan = await person('Dan');
    for (let i = 0; i < 2; i++) await praise(ana, inWeek(1), { client: 'ACME' });
    await praise(ben, inWeek(1), { client: 'ACME' });
    for (let i = 0; i < 5; i++) await praise(ben, inWeek(2));
    await praise(cy, inWeek(1), { client: 'Globex' });
    await praise(cy, inWeek(2));
    for (let i = 0; i < 9; i++) await praise(dan, inWeek(3));
    // Last week's praise does not count for this week's heroes.
    for (let i = 0; i < 9; i++) await praise(dan, before(2), { client: 'ACME' });
    // Nor does praise from the moment the week ends.
    for (let i = 0; i < 9; i++) await praise(dan, WEEK_END, { client: 'ACME' });

    const list = heroes((await build()).message);
    expect(list.map((h) => h.name)).toEqual(['Ana', 'Ben', 'Cy', 'Dan']);
    expect(list[1]!.line).toBe(t('en', 'summary.hero', { person: '@Ben', client: '1', peer: '5' }));
    expect(list[3]!.line).toBe(t('en', 'summary.hero', { person: '@Dan', client: '0', peer: '9' }));
  });

  it('shows at most five heroes', async () => {
    for (let i = 0; i < 8; i++) await praise(await person(`P${i}`), inWeek(1), { client: 'ACME' });
    expect(heroes((await build()).message)).toHaveLength(MAX_HEROES);
  });

  it('quotes each hero’s latest client compliment of the week, once, with the client’s name', async () => {
    const ana = await person('Ana');
    const dan = await person('Dan');
    await praise(ana, inWeek(1), { client: 'ACME', words: 'Ana fixed our invoices.' });
    await praise(ana, inWeek(4), { client: 'Globex', words: 'Ana answered at midnight.' });
    await praise(ana, inWeek(5), { words: 'A colleague’s words, not a client’s.' });
    await praise(ana, WEEK_END, { client: 'Initech', words: 'Next week’s words.' });
    await praise(dan, inWeek(2), { words: 'Dan covered my shift.' });

    const message = (await build()).message;
    const [first, second] = heroes(message);
    expect(first!.quote).toEqual({
      type: 'quote',
      text: 'Ana answered at midnight.',
      attribution: 'Globex',
    });
    // A hero praised only by colleagues has no client quote to show.
    expect(second!.name).toBe('Dan');
    expect(second!.quote).toBeUndefined();
    expect(message.parts.filter((p) => p.type === 'quote')).toHaveLength(1);
  });

  it('trims a long quote to about 280 characters, ending with …', async () => {
    const ana = await person('Ana');
    const long = `${'The support team went far beyond what we asked of them. '.repeat(20)}END`;
    await praise(ana, inWeek(1), { client: 'ACME', words: long });
    const [hero] = heroes((await build()).message);
    const quote = hero!.quote as Extract<Part, { type: 'quote' }>;
    expect([...quote.text].length).toBeLessThanOrEqual(QUOTE_MAX);
    expect([...quote.text].length).toBeGreaterThan(QUOTE_MAX - 40);
    expect(quote.text.endsWith('…')).toBe(true);
    expect(long.startsWith(quote.text.slice(0, -1))).toBe(true);
    expect(quote.text).not.toContain('END');
  });

  it('never names an opted-out person, but counts them in the totals', async () => {
    const olga = await person('Olga', { announceOptOut: true, team: 'Support' });
    const ana = await person('Ana', { team: 'Support' });
    for (let i = 0; i < 5; i++) {
      await praise(olga, inWeek(1), { client: 'ACME', words: 'Secret words for the quiet one.' });
    }
    await praise(ana, inWeek(2), { client: 'ACME', words: 'Ana was lovely.' });

    const { message, totals } = await build();
    const everything = plainText(message);
    expect(everything).not.toContain('Olga');
    expect(everything).not.toContain('Secret words');
    expect(mentionedNames(message)).not.toContain('Olga');
    expect(
      message.parts
        .flatMap(inlines)
        .flatMap((c) =>
          typeof c === 'object' && 'mention' in c ? [c.mention.platformUserId] : [],
        ),
    ).not.toContain('UOLGA');
    // Olga had more praise and is a first-timer, yet only Ana is named; Olga is counted.
    expect(heroes(message).map((h) => h.name)).toEqual(['Ana']);
    expect(section(message, t('en', 'summary.firstTime'))).not.toContain('Olga');
    expect(totals.clientCompliments).toBe(6);
    expect(totals.peopleRecognised).toBe(2);
    // Team counts leave them out: a one-person team would name them.
    expect(section(message, t('en', 'summary.teams'))).toContain('Support: 1');
  });

  it('still summarises a week in which only opted-out people were praised, naming nobody', async () => {
    const olga = await person('Olga', { announceOptOut: true });
    await praise(olga, inWeek(1), { client: 'ACME' });
    const { message, totals } = await build();
    expect(totals.clientCompliments).toBe(1);
    expect(mentionedNames(message)).toEqual([]);
    expect(plainText(message)).not.toContain('Olga');
  });

  it('lists people praised by a client for the first time ever', async () => {
    const ana = await person('Ana');
    const ben = await person('Ben');
    const cy = await person('Cy');
    const dan = await person('Dan');
    // Ana had a client compliment long ago: not her first.
    await praise(ana, before(200), { client: 'ACME' });
    await praise(ana, inWeek(1), { client: 'ACME' });
    // Ben had only colleagues' kudos before: this week's client praise is his first.
    await praise(ben, before(3));
    await praise(ben, inWeek(2), { client: 'Globex' });
    // Cy was praised only by colleagues this week.
    await praise(cy, inWeek(2));
    await praise(dan, inWeek(3), { client: 'ACME' });

    const line = section((await build()).message, t('en', 'summary.firstTime'));
    expect(line).toBe(`${t('en', 'summary.firstTime')}\n@Ben and @Dan`);
  });

  it('names at most ten first-timers, then says how many more', async () => {
    const total = MAX_FIRST_TIMERS + 5;
    for (let i = 0; i < total; i++) {
      await praise(await person(`N${String(i).padStart(2, '0')}`), inWeek(i / 10), {
        client: 'ACME',
      });
    }
    const message = (await build()).message;
    const part = message.parts.find((p) => textOf(p).startsWith(t('en', 'summary.firstTime')))!;
    const names = inlines(part).flatMap((c) =>
      typeof c === 'object' && 'mention' in c ? [c.mention.name] : [],
    );
    // In the order they were first praised.
    expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `N${String(i).padStart(2, '0')}`));
    expect(textOf(part).endsWith(t('en', 'summary.more', { count: 5 }))).toBe(true);
  });

  it('gives the totals and the change from last week', async () => {
    const ana = await person('Ana');
    const ben = await person('Ben');
    for (let i = 0; i < 4; i++) await praise(ana, before(1 + i), { client: 'ACME' });
    for (let i = 0; i < 5; i++) await praise(ana, inWeek(1), { client: 'ACME' });
    for (let i = 0; i < 3; i++) await praise(ben, inWeek(2));
    // Two weeks ago does not count as last week.
    await praise(ben, before(8));

    const { message, totals } = await build();
    expect(totals).toEqual({
      clientCompliments: 5,
      peerKudos: 3,
      peopleRecognised: 2,
      lastWeek: { clientCompliments: 4, peerKudos: 0 },
    });
    const lines = section(message, t('en', 'summary.totals'))!;
    expect(lines).toContain(
      t('en', 'summary.totals.client', { count: 5, previous: 4, change: '+1 (+25%)' }),
    );
    // Nothing last week: only the difference, no percentage of zero.
    expect(lines).toContain(
      t('en', 'summary.totals.peer', { count: 3, previous: 0, change: '+3' }),
    );
    expect(lines).toContain(t('en', 'summary.totals.people', { count: 2 }));
  });

  it('shows a fall from last week with a minus sign, and no change as ±0', async () => {
    const ana = await person('Ana');
    for (let i = 0; i < 4; i++) await praise(ana, before(1), { client: 'ACME' });
    await praise(ana, inWeek(1), { client: 'ACME' });
    await praise(ana, before(1));
    await praise(ana, inWeek(1));
    const lines = section((await build()).message, t('en', 'summary.totals'))!;
    expect(lines).toContain(
      t('en', 'summary.totals.client', { count: 1, previous: 4, change: '\u22123 (\u221275%)' }),
    );
    expect(lines).toContain(
      t('en', 'summary.totals.peer', { count: 1, previous: 1, change: '±0' }),
    );
  });

  it('breaks the week down by team, busiest first, when teams are known', async () => {
    const ana = await person('Ana', { team: 'Support' });
    const ben = await person('Ben', { team: 'Support' });
    const cy = await person('Cy', { team: 'Billing' });
    const dan = await person('Dan');
    await praise(ana, inWeek(1), { client: 'ACME' });
    await praise(ben, inWeek(1));
    await praise(ben, inWeek(2));
    await praise(cy, inWeek(1));
    await praise(cy, before(1));
    await praise(dan, inWeek(1));
    const lines = section((await build()).message, t('en', 'summary.teams'));
    expect(lines).toBe(`${t('en', 'summary.teams')}\nSupport: 3\nBilling: 1`);
  });

  it('has no team breakdown when no recipient has a team', async () => {
    await praise(await person('Ana'), inWeek(1));
    expect(section((await build()).message, t('en', 'summary.teams'))).toBeUndefined();
  });

  it('shows at most ten teams, then how many more', async () => {
    for (let i = 0; i < 13; i++) {
      const member = await person(`M${i}`, { team: `Team ${String(i).padStart(2, '0')}` });
      for (let j = 0; j <= i; j++) await praise(member, inWeek(1));
    }
    const lines = section((await build()).message, t('en', 'summary.teams'))!.split('\n');
    expect(lines[1]).toBe('Team 12: 13');
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines.at(-1)).toBe(t('en', 'summary.more', { count: 3 }));
  });

  it('shows the five values recognised most this week, with their counts', async () => {
    const ana = await person('Ana');
    await praise(ana, inWeek(1), { values: ['care', 'ownership'] });
    await praise(ana, inWeek(1), { values: ['care', 'speed'] });
    await praise(ana, inWeek(2), { client: 'ACME', values: ['care', 'ownership', 'candour'] });
    await praise(ana, inWeek(2), { values: ['humour', 'grit'] });
    await praise(ana, inWeek(3), { values: ['zeal'] });
    for (let i = 0; i < 5; i++) await praise(ana, before(1), { values: ['last-week'] });
    const line = section((await build()).message, t('en', 'summary.values'));
    expect(line).toBe(
      `${t('en', 'summary.values')}\n#care: 3 · #ownership: 2 · #candour: 1 · #grit: 1 · #humour: 1`,
    );
  });

  it('says nothing but praise', async () => {
    const ana = await person('Ana', { team: 'Support' });
    await praise(ana, inWeek(1), { client: 'ACME', values: ['care'] });
    const words = plainText((await build()).message).toLowerCase();
    for (const word of ['escalat', 'complain', 'abuse', 'report'])
      expect(words).not.toContain(word);
  });

  it('stays within Slack’s limits for a very big week', async () => {
    const longName = 'Customer Success and Renewals, Northern Europe and the Baltics '.repeat(3);
    for (let i = 0; i < 120; i++) {
      const p = await person(`Person ${i} ${'x'.repeat(60)}`, { team: `${longName}${i % 40}` });
      await praise(p, inWeek(i / 20), {
        client: `${'A very long client company name '.repeat(5)}${i}`,
        words: `${'Outstanding & <careful> work. '.repeat(100)}`,
        values: Array.from({ length: 12 }, (_, v) => `value-${(i + v) % 30}-${'y'.repeat(40)}`),
      });
    }
    const { message } = await build();
    const { blocks } = messageBlocks(message);
    expect(blocks.length).toBeLessThanOrEqual(BLOCK_LIMIT);
    // Bounded by the summary itself, not by the renderer's last-resort cut.
    expect(blocks.at(-1)).not.toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '…' }],
    });
    for (const block of blocks) {
      const texts =
        block.type === 'section'
          ? [block.text?.text ?? '']
          : block.type === 'context'
            ? block.elements.map((e) => ('text' in e ? e.text : ''))
            : block.type === 'header'
              ? [block.text.text]
              : [];
      for (const s of texts) expect(s.length).toBeLessThanOrEqual(3000);
    }
    expect(plainText(message)).toContain(t('en', 'summary.more', { count: 110 }));
  });

  it('speaks the workspace’s language', async () => {
    const ru = await addWorkspace(f.ctx, { defaultLocale: 'ru', timezone: 'Europe/Moscow' });
    workspace = ru;
    giver = await addPerson(f.ctx, ru, { name: 'Гена' });
    const anya = await person('Аня', { team: 'Поддержка' });
    await praise(anya, before(2), { client: 'ACME' });
    await praise(anya, before(3), { client: 'ACME' });
    await praise(anya, inWeek(1), { client: 'ACME', values: ['забота'] });
    const { message } = await build(ru);
    expect(message.parts[0]).toEqual({ type: 'heading', text: t('ru', 'summary.heading') });
    expect(t('ru', 'summary.heading')).not.toBe(t('en', 'summary.heading'));
    expect(message.parts[1]).toEqual({
      type: 'context',
      content: [t('ru', 'summary.period', { from: '3 марта', to: '10 марта' })],
    });
    const all = plainText(message);
    for (const key of [
      'summary.totals',
      'summary.heroes',
      'summary.teams',
      'summary.values',
    ] as const) {
      expect(all).toContain(t('ru', key));
    }
    expect(all).toContain(
      t('ru', 'summary.totals.client', { count: 1, previous: 2, change: '\u22121 (\u221250%)' }),
    );
    expect(all).not.toContain(t('en', 'summary.totals'));
  });
});
