import { ErrorCode } from '@slack/web-api';

/** Slack's own answers that say it is in trouble, not that the request was wrong. */
const TROUBLE = ['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout'];

/** Slack's API did not answer, or answered that it is in trouble: not the person's doing. */
export function slackUnreachable(err: unknown): boolean {
  const { code, data } = (err ?? {}) as { code?: string; data?: { error?: string } };
  if (code === ErrorCode.PlatformError) return TROUBLE.includes(data?.error ?? '');
  return (
    code === ErrorCode.RequestError ||
    code === ErrorCode.HTTPError ||
    code === ErrorCode.RateLimitedError
  );
}
