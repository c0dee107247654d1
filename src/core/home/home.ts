import type { Person, Workspace } from '../../db/schema';
import type { CoreContext, MessageModel } from '../shared';
import { localeOf } from '../people';
import { adminsOverview, type AdminsOverview } from './admins-overview';
import { homeMessage } from './home-message';
import { managersDesk, type ManagersDesk } from './managers-desk';
import { myWall, type Wall } from './my-wall';
import { praiseRanking, type Place, type RankingRequest } from '../kudos';
import { myScores, scoresByTeam, type Measure, type MyScore, OVERVIEW_SCORE_DAYS } from '../scores';

const scoresSince = (ctx: CoreContext) =>
  new Date(ctx.now().getTime() - OVERVIEW_SCORE_DAYS * 24 * 60 * 60 * 1000);

/** Everything one person's home shows; what is in it depends on who they are. */
export interface Home {
  wall: Wall;
  /** Null for someone nobody reports to and with no report to act on. */
  desk: ManagersDesk | null;
  /** Admins only. */
  overview: AdminsOverview | null;
  /** This month's most praised in the workspace: praise only, opted-out people left out. */
  ranking: Place[];
  /** Client scores naming the person. */
  scores: MyScore[];
  /** Admins only: client scores by team. */
  teamScores: { team: string; measures: Measure[] }[] | null;
}

export const HOME_RANKING: RankingRequest = { period: 'month', source: 'all' };
const HOME_PLACES = 3;

/** Per database and workspace, the ranking of the current minute: the same in every home. */
const rankings = new WeakMap<
  CoreContext['db'],
  Map<number, { minute: number; ranking: Place[] }>
>();

/** A workspace-wide count costs most of a home at scale; a minute old is fresh enough. */
async function homeRanking(ctx: CoreContext, workspace: Workspace): Promise<Place[]> {
  const minute = Math.floor(ctx.now().getTime() / 60_000);
  let byWorkspace = rankings.get(ctx.db);
  if (!byWorkspace) rankings.set(ctx.db, (byWorkspace = new Map()));
  const cached = byWorkspace.get(workspace.id);
  if (cached?.minute === minute) return cached.ranking;
  const ranking = await praiseRanking(ctx, workspace, HOME_RANKING, HOME_PLACES);
  byWorkspace.set(workspace.id, { minute, ranking });
  return ranking;
}

export async function buildHome(
  ctx: CoreContext,
  workspace: Workspace,
  person: Person,
  page?: string,
): Promise<Home> {
  return {
    wall: await myWall(ctx, workspace, person, page),
    desk: await managersDesk(ctx, person),
    overview: person.isAdmin ? await adminsOverview(ctx, workspace) : null,
    ranking: await homeRanking(ctx, workspace),
    scores: await myScores(ctx, person),
    teamScores: person.isAdmin ? await scoresByTeam(ctx, workspace, scoresSince(ctx)) : null,
  };
}

/** The home as a message model, in the person's language, for any adapter to render. */
export async function homeFor(
  ctx: CoreContext,
  workspace: Workspace,
  person: Person,
  page?: string,
): Promise<MessageModel> {
  return homeMessage(localeOf(person, workspace), await buildHome(ctx, workspace, person, page));
}
