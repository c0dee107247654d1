/** Frontline in a process of its own, for tests that kill it; tells the parent its port. */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startFrontline } from '../../src/server';

// The parent hears of any promise rejected with nobody to handle it.
process.on('unhandledRejection', (reason) => process.send?.({ unhandled: String(reason) }));

void startFrontline(loadConfig(), createLogger('silent')).then((frontline) =>
  process.send?.({ port: frontline.port }),
);
