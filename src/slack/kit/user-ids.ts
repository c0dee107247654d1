import type { PlatformUserIds } from '../../core/people';

/** Slack's user ids in an imported file: `U…` or, on Enterprise Grid, `W…`. */
export const SLACK_USER_IDS: PlatformUserIds = {
  // Files written before the column was called "person" still import.
  headers: ['slack_id', 'slack id'],
  isUserId: (value) => /^[UW][A-Z0-9]{2,}$/.test(value),
  described: 'a Slack user id (U…)',
};
