import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server of the test's own: a temporary folder, a free port on 127.0.0.1. */
export interface TestPostgres {
  /** postgres://user@127.0.0.1:port, without a database. */
  base: string;
  /** A new, empty database on the server. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
  /** Stops the server without waiting, for a process that is exiting. */
  kill(): void;
}

function binDir(): string {
  const debian = '/usr/lib/postgresql';
  const versions = fs.existsSync(debian) ? fs.readdirSync(debian).sort().reverse() : [];
  for (const v of versions) {
    if (fs.existsSync(path.join(debian, v, 'bin', 'initdb'))) return path.join(debian, v, 'bin');
  }
  throw new Error('PostgreSQL is not installed: .ci/run installs the Debian package');
}

/** PostgreSQL refuses to run as root: then the server runs as the package's own user. */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the PostgreSQL server stopped at start');
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-pg-'));
  const user = serverUser();
  if (user.uid !== undefined) fs.chownSync(dir, user.uid, user.gid!);
  const bin = binDir();
  const data = path.join(dir, 'data');
  execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'frontline', '-A', 'trust'], {
    stdio: 'ignore',
    ...user,
  });
  const port = await freePort();
  // Each test file may hold several databases open: more connections than the default 100.
  const settings = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'max_connections=300',
    '-k',
    dir,
  ];
  const child = spawn(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), ...settings], {
    stdio: 'ignore',
    ...user,
  });
  const base = `postgres://frontline@127.0.0.1:${port}`;
  await waitForServer(`${base}/postgres`, child);
  return {
    base,
    newDatabase: () => newDatabaseOn(base),
    kill: () => child.kill('SIGINT'),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // PostgreSQL's fast shutdown: connections are closed, nothing waits for them.
      child.kill('SIGINT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the server at `base` (postgres://user@host:port). */
export async function newDatabaseOn(base: string): Promise<string> {
  // Each test file has modules of its own, so a counter would repeat: a random name does not.
  const name = `frontline_${randomBytes(8).toString('hex')}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `${base}/${name}`;
}
