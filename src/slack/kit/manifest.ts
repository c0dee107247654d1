import path from 'node:path';

/** The host written in manifests/slack/manifest.json, to be replaced by the real one. */
export const PLACEHOLDER_HOST = 'frontline.example.com';

export const MANIFEST_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'manifests',
  'slack',
  'manifest.json',
);

const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/i;

/** A host Slack can reach, or a sentence saying what was wrong with it. */
export function checkHost(host: string): string | undefined {
  if (HOST_NAME.test(host)) return undefined;
  return `--host is the public host name Frontline is served from, such as frontline.acme.com (no https:// or path), not "${host}"`;
}

interface SlackManifest {
  features: { slash_commands: { url?: string }[] };
  settings: {
    interactivity: { request_url?: string };
    event_subscriptions: { request_url?: string };
    socket_mode_enabled: boolean;
  };
  oauth_config: { redirect_urls?: string[] };
}

/**
 * The manifest ready to paste into api.slack.com: every request URL (and the OAuth redirect)
 * on `host`, or, for Socket Mode, no URLs at all (Slack then sends everything over the socket).
 */
export function slackManifest(
  template: string,
  options: { host: string } | { socketMode: true },
): string {
  const manifest = JSON.parse(template) as SlackManifest;
  const url = 'host' in options ? `https://${options.host.toLowerCase()}/slack/events` : undefined;
  for (const command of manifest.features.slash_commands) {
    if (url) command.url = url;
    else delete command.url;
  }
  for (const setting of [manifest.settings.interactivity, manifest.settings.event_subscriptions]) {
    if (url) setting.request_url = url;
    else delete setting.request_url;
  }
  // Where Slack sends people back after they install Frontline by OAuth.
  if ('host' in options) {
    manifest.oauth_config.redirect_urls = [
      `https://${options.host.toLowerCase()}/slack/oauth_redirect`,
    ];
  } else delete manifest.oauth_config.redirect_urls;
  manifest.settings.socket_mode_enabled = !url;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
