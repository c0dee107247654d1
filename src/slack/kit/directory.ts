import type { WebClient } from '@slack/web-api';
import type { Directory, Profile } from '../../core/people';

type SlackUser = NonNullable<Awaited<ReturnType<WebClient['users']['info']>>['user']>;

/** People as Slack's users.info and users.lookupByEmail describe them (with their locale). */
export function slackDirectory(client: WebClient): Directory {
  return {
    async lookup(userId: string): Promise<Profile | null> {
      const { user } = await client.users.info({ user: userId, include_locale: true });
      return profileOf(user);
    },
    async lookupByEmail(email: string): Promise<Profile | null> {
      const { user } = await client.users.lookupByEmail({ email });
      return profileOf(user as SlackUser | undefined);
    },
  };
}

function profileOf(user: SlackUser | undefined): Profile | null {
  if (!user?.id) return null;
  return {
    platformUserId: user.id,
    name: user.profile?.display_name || user.real_name || user.name || user.id,
    email: user.profile?.email ?? null,
    timezone: user.tz ?? null,
    locale: user.locale ?? null,
    isAdmin: Boolean(user.is_admin || user.is_owner || user.is_primary_owner),
    isBot: Boolean(user.is_bot || user.is_app_user || user.id === 'USLACKBOT'),
  };
}
