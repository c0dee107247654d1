import { startPostgres, type TestPostgres } from '../postgres';

/**
 * The postgres project's global setup: one server for the run. Its address reaches the test
 * workers through the environment, which they inherit.
 */
export default async function setup(): Promise<void> {
  const server = await startPostgres();
  (globalThis as { frontlinePostgres?: TestPostgres }).frontlinePostgres = server;
  process.env.FRONTLINE_TEST_POSTGRES = server.base;
}
