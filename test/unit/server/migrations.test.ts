import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openDatabase, MIGRATIONS_FOLDER } from '../../../src/db/database';
import * as schema from '../../../src/db/schema';

const root = path.resolve(__dirname, '..', '..', '..');
const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is SQLiteTable =>
    typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v,
);

test('the migrations build, on an empty database, every table and column the schema declares', () => {
  const { sqlite, close } = openDatabase(':memory:');
  try {
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const config = getTableConfig(table);
      const columns = sqlite.prepare(`PRAGMA table_info(${config.name})`).all() as {
        name: string;
        notnull: number;
      }[];
      expect(columns.map((c) => c.name).sort()).toEqual(config.columns.map((c) => c.name).sort());
      for (const column of config.columns) {
        const actual = columns.find((c) => c.name === column.name)!;
        expect([column.name, actual.notnull === 1]).toEqual([column.name, column.notNull]);
      }
      const indexes = (
        sqlite.prepare(`PRAGMA index_list(${config.name})`).all() as { name: string }[]
      )
        .map((i) => i.name)
        .filter((n) => !n.startsWith('sqlite_autoindex'));
      expect(indexes.sort()).toEqual(config.indexes.map((i) => i.config.name).sort());
    }
  } finally {
    close();
  }
});

test('the database opens with WAL, a busy timeout and foreign keys on', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-db-'));
  const { sqlite, close } = openDatabase(path.join(dir, 'nested', 'frontline.db'));
  try {
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  } finally {
    close();
  }
});

test('drizzle-kit finds nothing new to generate from the schema', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-migrations-'));
  fs.cpSync(MIGRATIONS_FOLDER, out, { recursive: true });
  const before = fs.readdirSync(out).sort();
  const run = spawnSync(
    path.join(root, 'node_modules', '.bin', 'drizzle-kit'),
    [
      'generate',
      '--dialect',
      'sqlite',
      '--schema',
      'src/db/schema.ts',
      '--out',
      path.relative(root, out),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.status).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual(before);
  expect(fs.readdirSync(path.join(out, 'meta')).sort()).toEqual(
    fs.readdirSync(path.join(MIGRATIONS_FOLDER, 'meta')).sort(),
  );
  expect(run.stdout + run.stderr).toMatch(/No schema changes/i);
}, 60_000);
