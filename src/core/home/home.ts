import type { Person, Workspace } from '../../db/schema';
import type { CoreContext } from '../core';
import { localeOf } from '../people';
import type { MessageModel } from '../message';
import { adminsOverview, type AdminsOverview } from './admins-overview';
import { homeMessage } from './home-message';
import { managersDesk, type ManagersDesk } from './managers-desk';
import { myWall, type Wall } from './my-wall';
import { praiseRanking, type Place, type RankingRequest } from '../praise-ranking';

/** Everything one person's home shows; what is in it depends on who they are. */
export interface Home {
  wall: Wall;
  /** Null for someone nobody reports to and with no report to act on. */
  desk: ManagersDesk | null;
  /** Admins only. */
  overview: AdminsOverview | null;
  /** This month's most praised in the workspace: praise only, opted-out people left out. */
  ranking: Place[];
}

export const HOME_RANKING: RankingRequest = { period: 'month', source: 'all' };
const HOME_PLACES = 3;

export function buildHome(
  ctx: CoreContext,
  workspace: Workspace,
  person: Person,
  page?: string,
): Home {
  return {
    wall: myWall(ctx, workspace, person, page),
    desk: managersDesk(ctx, person),
    overview: person.isAdmin ? adminsOverview(ctx, workspace) : null,
    ranking: praiseRanking(ctx, workspace, HOME_RANKING, HOME_PLACES),
  };
}

/** The home as a message model, in the person's language, for any adapter to render. */
export function homeFor(
  ctx: CoreContext,
  workspace: Workspace,
  person: Person,
  page?: string,
): MessageModel {
  return homeMessage(localeOf(person, workspace), buildHome(ctx, workspace, person, page));
}
