import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Frontline in a process of its own (for tests that kill it), and the port it listens on. */
export function startFrontlineProcess(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.join(__dirname, 'run-frontline.ts'), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    env: { PATH: process.env.PATH, ...env },
    stdio: 'pipe',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port?: number }) =>
      resolve({ child, port: message.port ?? 0 }),
    );
    child.once('exit', (code) => reject(new Error(`Frontline exited early (${code})`)));
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
