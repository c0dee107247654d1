import { first } from '../../db/query';
import { and, desc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { clients, clientScores, kudos, people, type Person, type Workspace } from '../../db/schema';
import { t } from '../../i18n';
import { triageMessage } from '../forwarded-email';
import { giveKudos } from '../kudos';
import { localeOf } from '../people';
import { type CoreContext, text, type MessageModel } from '../shared';
import type { ScoreKind } from './import-scores';

/** A kind's average over a period, and how many answers it is from. */
export interface Measure {
  kind: ScoreKind;
  average: number;
  count: number;
}

/** One score naming the person on their wall. */
export interface MyScore {
  id: number;
  client: string;
  kind: ScoreKind;
  score: number;
  scoredOn: Date;
  comment: string | null;
  /** Its comment reads as praise and is not recorded yet: one click records it as kudos. */
  canRecord: boolean;
}

const MY_SCORES = 5;

const measures = (rows: { kind: ScoreKind; average: number; count: number }[]): Measure[] =>
  rows.map((r) => ({ kind: r.kind, average: Math.round(r.average * 10) / 10, count: r.count }));

/** The latest scores naming a person, newest first. */
export async function myScores(ctx: CoreContext, person: Person): Promise<MyScore[]> {
  return (
    await ctx.db
      .select({
        id: clientScores.id,
        client: clients.name,
        kind: clientScores.kind,
        score: clientScores.score,
        scoredOn: clientScores.scoredOn,
        comment: clientScores.comment,
        kudosRef: clientScores.kudosRef,
      })
      .from(clientScores)
      .innerJoin(clients, eq(clients.id, clientScores.clientId))
      .where(eq(clientScores.personId, person.id))
      .orderBy(desc(clientScores.scoredOn), desc(clientScores.id))
      .limit(MY_SCORES)
  ).map(({ kudosRef, ...s }) => ({ ...s, canRecord: !kudosRef && readsAsPraise(s.comment) }));
}

/** The same triage forwarded emails go through. */
function readsAsPraise(comment: string | null): boolean {
  return comment !== null && triageMessage(comment).kind === 'compliment';
}

/** Per team of the people served, each kind's average since `since` (scores naming someone). */
export async function scoresByTeam(
  ctx: CoreContext,
  workspace: Workspace,
  since: Date,
): Promise<{ team: string; measures: Measure[] }[]> {
  const rows = await ctx.db
    .select({
      team: sql<string>`coalesce(${people.team}, '')`,
      kind: clientScores.kind,
      average: sql<number>`avg(${clientScores.score})`,
      count: sql<number>`count(*)`,
    })
    .from(clientScores)
    .innerJoin(people, eq(people.id, clientScores.personId))
    .where(and(eq(clientScores.workspaceId, workspace.id), gte(clientScores.scoredOn, since)))
    .groupBy(sql`1`, clientScores.kind)
    .orderBy(sql`1`, clientScores.kind);
  const teams = new Map<string, Measure[]>();
  for (const row of rows) {
    teams.set(row.team, [...(teams.get(row.team) ?? []), ...measures([row])]);
  }
  return [...teams].map(([team, m]) => ({ team, measures: m }));
}

/** Per client scored in a period: each kind's average, and the compliments it gave then. */
export async function clientMeasures(
  ctx: CoreContext,
  workspaceId: number,
  since: Date,
  until: Date,
): Promise<{ client: string; measures: Measure[]; compliments: number }[]> {
  const inPeriod = and(
    eq(clientScores.workspaceId, workspaceId),
    gte(clientScores.scoredOn, since),
    lt(clientScores.scoredOn, until),
  );
  const rows = await ctx.db
    .select({
      clientId: clientScores.clientId,
      client: clients.name,
      kind: clientScores.kind,
      average: sql<number>`avg(${clientScores.score})`,
      count: sql<number>`count(*)`,
    })
    .from(clientScores)
    .innerJoin(clients, eq(clients.id, clientScores.clientId))
    .where(inPeriod)
    .groupBy(clientScores.clientId, clients.name, clientScores.kind)
    .orderBy(clients.name, clientScores.kind);
  const byClient = new Map<number, { client: string; measures: Measure[]; compliments: number }>();
  for (const row of rows) {
    const entry = byClient.get(row.clientId) ?? {
      client: row.client,
      measures: [],
      compliments: await complimentsFrom(ctx, row.clientId, since, until),
    };
    entry.measures.push(...measures([row]));
    byClient.set(row.clientId, entry);
  }
  return [...byClient.values()];
}

async function complimentsFrom(
  ctx: CoreContext,
  clientId: number,
  since: Date,
  until: Date,
): Promise<number> {
  return (
    (
      await first(
        ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(kudos)
          .where(
            and(
              eq(kudos.clientId, clientId),
              isNotNull(kudos.clientId),
              gte(kudos.createdAt, since),
              lt(kudos.createdAt, until),
            ),
          ),
      )
    )?.n ?? 0
  );
}

/**
 * "Record as kudos" on a score's comment: the person it names records the client's praise for
 * themselves, as with a forwarded email; checked again here whatever the button said.
 */
export async function recordScoreAsKudos(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  scoreId: string,
): Promise<MessageModel> {
  const locale = localeOf(actor, workspace);
  const score = await first(
    ctx.db
      .select({ row: clientScores, client: clients.name })
      .from(clientScores)
      .innerJoin(clients, eq(clients.id, clientScores.clientId))
      .where(and(eq(clientScores.id, Number(scoreId) || 0), eq(clientScores.personId, actor.id))),
  );
  if (!score) return { parts: [text(t(locale, 'scores.record.notYours'))] };
  if (score.row.kudosRef) return { parts: [text(t(locale, 'scores.record.already'))] };
  if (!readsAsPraise(score.row.comment)) {
    return { parts: [text(t(locale, 'scores.record.notPraise'))] };
  }
  const requestKey = `score:${score.row.id}`;
  const result = await giveKudos(ctx, {
    workspace,
    giver: actor,
    recipients: [actor],
    words: score.row.comment!,
    values: [],
    clientName: score.client,
    source: 'score',
    requestKey,
  });
  if (!result.ok) return result.reply;
  await ctx.db
    .update(clientScores)
    .set({ kudosRef: requestKey })
    .where(eq(clientScores.id, score.row.id));
  return result.reply;
}
