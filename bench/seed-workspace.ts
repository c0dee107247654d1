import { first } from '../src/db/query';
/**
 * Seeds one workspace for the database benchmarks: people (optionally in a manager tree),
 * client accounts and kudos spread over a year up to `weekEnd`, all in one transaction.
 * A fixed PRNG seed gives the same data on every run.
 */
import { eq } from 'drizzle-orm';
import type { SqliteDatabase } from '../src/db/database';
import { workspaces, type Workspace } from '../src/db/schema';

export const DAY_MS = 24 * 60 * 60 * 1000;

const TEAM_SIZE = 10;
const CLIENTS = 2_000;
/** Share of kudos that come from a client rather than a colleague. */
export const CLIENT_SHARE = 0.3;
const OPT_OUT_SHARE = 0.02;
/** How many of the managers sit at the top when `topManagers` is not given. */
const DEFAULT_TOP_MANAGERS = 10;
const VALUES = ['care', 'ownership', 'speed', 'candour', 'teamwork', 'patience', 'craft', 'grit'];
const WORDS = [
  'Thank you for staying late to get our order out on time.',
  'She explained the invoice twice, patiently, and fixed the error the same day.',
  'The best support call we have ever had: quick, warm and to the point.',
  'He rescued our renewal when nobody else could. We will remember it.',
  'Always kind, always clear, and never once made us feel like a burden.',
];

export interface SeedOptions {
  people: number;
  kudos: number;
  /** Kudos are spread over `days` days ending just before this instant. */
  weekEnd: Date;
  days?: number;
  /**
   * The first `managers` people are managers; everyone else reports to one of them,
   * round-robin. The first `topManagers` of those manage the other managers (round-robin
   * too), so they have reports two levels down. Without it nobody has a manager.
   */
  managers?: number;
  topManagers?: number;
}

export interface SeededWorkspace {
  workspace: Workspace;
  /** Wall time of the whole seeding: inserts in one transaction and reading the workspace back. */
  setupMs: number;
  /** People ids, in insertion order (the first `managers` are the managers). */
  personIds: number[];
  managerIds: number[];
  topManagerIds: number[];
}

/** mulberry32: the same data on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** Inserts a workspace "TBENCH" and its data into a freshly migrated database. */
export async function seedWorkspace(
  database: SqliteDatabase,
  options: SeedOptions,
): Promise<SeededWorkspace> {
  const { people, kudos, weekEnd } = options;
  const days = options.days ?? 365;
  const managers = Math.min(options.managers ?? 0, people);
  const topManagers =
    managers > 0 ? Math.min(options.topManagers ?? DEFAULT_TOP_MANAGERS, managers) : 0;
  if (people < 2) throw new Error('seedWorkspace needs at least two people');

  const started = performance.now();
  const { sqlite } = database;
  const rand = random(42);
  const workspaceId = Number(
    sqlite
      .prepare(
        `INSERT INTO workspaces (platform, external_id, name) VALUES ('slack', 'TBENCH', 'Bench')`,
      )
      .run().lastInsertRowid,
  );
  const insertPerson = sqlite.prepare(
    `INSERT INTO people (workspace_id, platform_user_id, name, team, announce_opt_out, manager_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertClient = sqlite.prepare(
    `INSERT INTO clients (workspace_id, name, name_key) VALUES (?, ?, ?)`,
  );
  const insertKudos = sqlite.prepare(
    `INSERT INTO kudos (workspace_id, giver_id, recipient_id, client_id, words, "values",
                        source, source_ref, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'command', ?, ?)`,
  );
  const valueSets = Array.from({ length: 64 }, () => {
    const picked = VALUES.filter(() => rand() < 0.2);
    return JSON.stringify(picked);
  });
  const personIds: number[] = [];
  let firstClient = 0;
  sqlite.transaction(() => {
    for (let i = 0; i < people; i++) {
      // Managers come first, so every manager_id points at a row already inserted.
      let managerId: number | null = null;
      if (i >= managers) managerId = managers > 0 ? personIds[(i - managers) % managers]! : null;
      else if (i >= topManagers) managerId = personIds[(i - topManagers) % topManagers]!;
      const id = Number(
        insertPerson.run(
          workspaceId,
          `U${i}`,
          `Person ${i}`,
          `Team ${Math.floor(i / TEAM_SIZE)}`,
          rand() < OPT_OUT_SHARE ? 1 : 0,
          managerId,
        ).lastInsertRowid,
      );
      personIds.push(id);
    }
    for (let i = 0; i < CLIENTS; i++) {
      const id = Number(
        insertClient.run(workspaceId, `Client ${i} Ltd`, `client ${i} ltd`).lastInsertRowid,
      );
      if (i === 0) firstClient = id;
    }
    const start = weekEnd.getTime() - days * DAY_MS;
    for (let i = 0; i < kudos; i++) {
      const recipientIndex = Math.floor(rand() * people);
      let giverIndex = Math.floor(rand() * people);
      if (giverIndex === recipientIndex) giverIndex = recipientIndex === 0 ? 1 : 0;
      const client = rand() < CLIENT_SHARE ? firstClient + Math.floor(rand() * CLIENTS) : null;
      insertKudos.run(
        workspaceId,
        personIds[giverIndex]!,
        personIds[recipientIndex]!,
        client,
        WORDS[i % WORDS.length]!,
        valueSets[i % valueSets.length]!,
        `bench-${i}`,
        // Kudos are appended as they are given: rows arrive in time order, as in production.
        start + Math.floor(((i + rand()) * days * DAY_MS) / kudos),
      );
    }
  })();
  const workspace = await first(
    database.db.select().from(workspaces).where(eq(workspaces.id, workspaceId)),
  );
  const setupMs = performance.now() - started;
  if (!workspace) throw new Error('the workspace was not stored');
  return {
    workspace,
    setupMs,
    personIds,
    managerIds: personIds.slice(0, managers),
    topManagerIds: personIds.slice(0, topManagers),
  };
}
