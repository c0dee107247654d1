import { MockSlackApi } from '../test/support/mock-slack-api';
import { USER_COUNT } from './ipc';

/**
 * A mock Slack Web API knowing users U1…U50. It records every call; the benchmark
 * never reads them, so they are dropped every second to keep them out of the child's RSS.
 */
export async function startMockSlack(): Promise<MockSlackApi> {
  const mock = await new MockSlackApi().start();
  for (let n = 1; n <= USER_COUNT; n++) mock.addUser({ id: `U${n}`, name: `Person ${n}` });
  setInterval(() => mock.calls.splice(0), 1000).unref();
  return mock;
}
