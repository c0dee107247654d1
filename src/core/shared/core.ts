import type { Logger } from 'pino';
import type { Db } from '../../db/database';

/** What every core feature is given: the database, the time, and somewhere to log. */
export interface CoreContext {
  db: Db;
  now: () => Date;
  log: Logger;
}
