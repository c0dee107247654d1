import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database';
import { seedWorkspace } from '../bench/seed-workspace';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ov-'));
const database = openDatabase(path.join(dir, 'b.db'));
const now = new Date('2025-03-10T09:00:00.000Z');
seedWorkspace(database, { people: 50000, kudos: 1000000, weekEnd: now, days: 365, managers: 5000, topManagers: 500 });
const s = database.sqlite;
if (process.env.IDX) { s.exec('DROP INDEX kudos_workspace_created; CREATE INDEX kudos_workspace_created ON kudos (workspace_id, created_at, recipient_id, giver_id, client_id)'); s.exec('CREATE INDEX people_team ON people (id, team)'); s.exec('ANALYZE'); }
const ws = 1; const n = now.getTime(); const DAY = 86400000; const since90 = n - 90 * DAY; const since28 = n - 28 * DAY;
const q: Record<string, string> = {
  byTeam: `WITH recent AS MATERIALIZED (SELECT giver_id, recipient_id, CAST((${n} - created_at) / ${7 * DAY} AS INTEGER) AS ago FROM kudos WHERE workspace_id = ${ws} AND created_at >= ${since28} AND created_at <= ${n}) SELECT team, ago, SUM(received), SUM(given) FROM (SELECT p.team, ago, 1 AS received, 0 AS given FROM recent JOIN people p ON p.id = recent.recipient_id UNION ALL SELECT p.team, ago, 0, 1 FROM recent JOIN people p ON p.id = recent.giver_id) WHERE team IS NOT NULL AND trim(team) <> '' GROUP BY team, ago`,
  praiseReports: `SELECT team, SUM(praise), SUM(report) FROM (SELECT p.team, 1 AS praise, 0 AS report FROM kudos k JOIN people p ON p.id = k.recipient_id WHERE k.workspace_id = ${ws} AND k.created_at >= ${since90} AND k.client_id IS NOT NULL UNION ALL SELECT p.team, 0, 1 FROM escalations e JOIN people p ON p.id = e.reporter_id WHERE e.workspace_id = ${ws} AND e.created_at >= ${since90}) WHERE team IS NOT NULL AND trim(team) <> '' GROUP BY team ORDER BY SUM(praise) + SUM(report) DESC, team LIMIT 12`,
  orphans: `SELECT p.name, COUNT(*) OVER () FROM people p WHERE p.workspace_id = ${ws} AND p.manager_id IS NULL AND NOT p.is_bot AND NOT EXISTS (SELECT 1 FROM people r WHERE r.manager_id = p.id) ORDER BY p.name, p.id LIMIT 10`,
  difficult: `SELECT c.name, r.reports, (SELECT COUNT(*) FROM kudos k WHERE k.client_id = c.id AND k.created_at >= ${since90}) FROM (SELECT client_id, COUNT(*) AS reports FROM escalations WHERE workspace_id = ${ws} AND created_at >= ${since90} GROUP BY client_id HAVING COUNT(*) >= 2) AS r JOIN clients c ON c.id = r.client_id ORDER BY r.reports DESC LIMIT 10`,
};
for (const [name, sql] of Object.entries(q)) {
  const st = s.prepare(sql);
  st.all();
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) st.all();
  console.log(name, ((performance.now() - t0) / 5).toFixed(1), 'ms');
  console.log('  ', s.prepare('EXPLAIN QUERY PLAN ' + sql).all().map((r: any) => r.detail).join(' | '));
}
database.close();
fs.rmSync(dir, { recursive: true, force: true });
