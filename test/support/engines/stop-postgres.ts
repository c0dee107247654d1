import type { TestPostgres } from '../postgres';

export default async function teardown(): Promise<void> {
  await (globalThis as { frontlinePostgres?: TestPostgres }).frontlinePostgres?.stop();
}
