import type { Workspace } from '../../db/schema';
import type { MessageKey } from '../../i18n';
import type { MessageModel } from '../shared';

type Say = (key: MessageKey, params?: Record<string, string | number>) => MessageModel;

/** Emoji shortcodes as people type them: `:star2:`, `star2`, `clap::skin-tone-3` → the base. */
export const emojiName = (word: string) =>
  word
    .replace(/^:|:$/g, '')
    .replace(/::skin-tone-\d$/, '')
    .toLowerCase();
const EMOJI = /^[a-z0-9_+-]{1,64}$/;

/** Admins' choices about forwarded emails: `inbox here|off|all`, `autorecord N|off`, `reactions …`. */
export function changeEmailSetting(
  setting: 'inbox' | 'autorecord' | 'reactions',
  value: string,
  context: { workspace: Workspace; channel?: string },
  say: Say,
  setWorkspace: (fields: Partial<Workspace>) => void,
): MessageModel {
  const { workspace, channel } = context;
  if (setting === 'inbox') {
    const inbox = workspace.emailInboxChannels;
    if (value === 'here' && channel) {
      const channels = inbox.includes(channel) ? inbox : [...inbox, channel];
      setWorkspace({ emailInboxChannels: channels });
      return say('settings.inbox.here', { channels: channels.map((c) => `<#${c}>`).join(', ') });
    }
    if (value === 'off' && channel) {
      setWorkspace({ emailInboxChannels: inbox.filter((c) => c !== channel) });
      return say('settings.inbox.off');
    }
    if (value === 'all') {
      setWorkspace({ emailInboxChannels: [] });
      return say('settings.inbox.all');
    }
    return say('settings.inbox.usage');
  }

  if (setting === 'autorecord') {
    if (value === 'off') {
      setWorkspace({ emailAutoRecordAbove: null });
      return say('settings.autorecord.off');
    }
    const percent = Number(value.replace(/%$/, ''));
    if (!/^\d{2,3}%?$/.test(value) || percent < 50 || percent > 100) {
      return say('settings.autorecord.usage');
    }
    setWorkspace({ emailAutoRecordAbove: percent / 100 });
    return say('settings.autorecord.set', { percent });
  }

  const [kudosPart = '', reportPart] = value.split(/\breport\b/);
  const kudos = kudosPart
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(emojiName);
  const report = reportPart === undefined ? workspace.reportEmoji : emojiName(reportPart.trim());
  if (
    kudos.length === 0 ||
    ![...kudos, report].every((e) => EMOJI.test(e)) ||
    kudos.includes(report)
  ) {
    return say('settings.reactions.usage');
  }
  setWorkspace({ kudosEmojis: [...new Set(kudos)], reportEmoji: report });
  return say('settings.reactions.set', {
    kudos: kudos.map((e) => `:${e}:`).join(' '),
    report: `:${report}:`,
  });
}
