/** What the benchmark parent and its server children say to each other over IPC. */

export const SIGNING_SECRET = 'bench-signing-secret';
export const BOT_TOKEN = 'xoxb-bench';
/** Users U1…U50 exist in each child's mock Slack Web API. */
export const USER_COUNT = 50;

export type ParentMessage = { type: 'stats' } | { type: 'exit' };

export interface ServerStats {
  /** Peak resident set size of the child, in KiB (`process.resourceUsage().maxRSS`). */
  maxRssKiB: number;
  /** Current resident set size, in bytes. */
  rssBytes: number;
  /** Outbox rows not yet delivered; 0 for servers without an outbox. */
  backlog: number;
  /** Kudos rows recorded so far; 0 for servers that record nothing. */
  kudos: number;
}

export type ChildMessage = { type: 'ready'; port: number } | ({ type: 'stats' } & ServerStats);

export interface ServedTarget {
  port: number;
  counts?: () => Promise<{ backlog: number; kudos: number }>;
  close(): Promise<void>;
}

/**
 * The child half of the protocol: start, report the port, answer stats requests,
 * and exit when asked or when the parent goes away (so no server outlives a crashed run).
 */
export function serveChild(start: () => Promise<ServedTarget>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  const fail = (err: unknown) => {
    console.error(err);
    process.exit(1);
  };
  if (!process.send) fail(new Error('run me with child_process.fork'));

  start().then((target) => {
    let closing = false;
    const exit = () => {
      if (closing) return;
      closing = true;
      target.close().then(() => process.exit(0), fail);
    };
    const stats = async () => {
      const counts = (await target.counts?.()) ?? { backlog: 0, kudos: 0 };
      const usage = process.resourceUsage();
      send({
        type: 'stats',
        maxRssKiB: usage.maxRSS,
        rssBytes: process.memoryUsage().rss,
        ...counts,
      });
    };
    process.on('message', (message: ParentMessage) =>
      message.type === 'exit' ? exit() : void stats().catch(fail),
    );
    process.on('disconnect', exit);
    send({ type: 'ready', port: target.port });
  }, fail);
}
