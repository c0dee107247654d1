import { guarded, noAnswer, safely, type FeatureSetup } from '../kit/listeners';
import {
  EMAIL_CLICKS,
  emailDecisionClicked,
  emailReportClicked,
  messageReportClicked,
} from './email-actions';
import { forwardedEmailMessage } from './forwarded-email';
import { frontlineMentioned } from './frontline-mentioned';

/** Forwarded emails (pasted, shared as files, from Slack's email integration) and their buttons. */
export function registerForwardedEmail({ app, deps, config, log }: FeatureSetup): void {
  const emailDeps = {
    ...deps,
    emailLimits: { maxBytes: config.EMAIL_MAX_BYTES, maxChars: config.EMAIL_MAX_CHARS },
    slackApiUrl: config.SLACK_API_URL,
  };
  app.event('message', safely(log, forwardedEmailMessage(emailDeps)));
  app.event('app_mention', safely(log, frontlineMentioned(emailDeps)));
  for (const actionId of EMAIL_CLICKS.decisions) {
    app.action(actionId, guarded(deps, emailDecisionClicked(deps), noAnswer));
  }
  app.action(EMAIL_CLICKS.report, guarded(deps, emailReportClicked(deps), noAnswer));
  app.action(EMAIL_CLICKS.reportMessage, guarded(deps, messageReportClicked(deps), noAnswer));
}
