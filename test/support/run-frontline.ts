/** Frontline in a process of its own, for tests that kill it; tells the parent its port. */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startFrontline } from '../../src/server';

void startFrontline(loadConfig(), createLogger('silent')).then((frontline) =>
  process.send?.({ port: frontline.port }),
);
