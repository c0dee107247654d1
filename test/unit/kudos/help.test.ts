import type { Attachment } from 'botbuilder';
import { inSyntax } from '../../../src/core/shared/command-syntax';
import { escalateHelp, kudosHelp } from '../../../src/core/kudos/help';
import { plainText, type MessageModel } from '../../../src/core/shared/message';
import type { Platform } from '../../../src/core/people/people';
import { LOCALES } from '../../../src/i18n';
import { SHELL_SYNTAX } from '../../../src/shell/kit/syntax';
import { messageBlocks } from '../../../src/slack/kit/render-message';
import { messageCard } from '../../../src/teams/kit/render-message';
import { TEAMS_SYNTAX } from '../../../src/teams/kit/text';

/** Every TextBlock's text of the card Teams is sent. */
function teamsTexts(message: MessageModel): string {
  const card = (messageCard(message) as Attachment).content as { body: { text?: string }[] };
  return card.body.map((b) => b.text ?? '').join('\n');
}

const slackText = (message: MessageModel) => JSON.stringify(messageBlocks(message).blocks);

const helps = LOCALES.flatMap((locale) =>
  (['slack', 'teams', 'shell'] as Platform[]).flatMap((platform) => [
    { locale, platform, command: 'kudos', sibling: 'escalate', help: kudosHelp(locale, platform) },
    {
      locale,
      platform,
      command: 'escalate',
      sibling: 'kudos',
      help: escalateHelp(locale, platform),
    },
  ]),
);

describe('each command’s help names its sibling, in the syntax of where it is read', () => {
  it.each(helps.filter((h) => h.platform === 'slack'))(
    '$locale Slack /$command help: slash commands in code, headings in mrkdwn bold',
    ({ help, sibling }) => {
      const shown = slackText(help);
      expect(shown).toContain(`\`/${sibling} help\``);
      expect(shown).toMatch(/(^|\\n|")\*[^*\n]+\*(\\n|")/);
    },
  );

  it.each(helps.filter((h) => h.platform === 'teams'))(
    '$locale Teams $command help: bare commands in bold, no Slack syntax or name',
    ({ help, sibling, command }) => {
      const shown = teamsTexts(help);
      expect(shown).toContain(`**${sibling} help**`);
      expect(shown).toContain(`**${command}`);
      expect(shown).not.toMatch(/\/kudos|\/escalate|`|\\\*|Slack/);
    },
  );

  it.each(helps.filter((h) => h.platform === 'shell'))(
    '$locale shell /$command help: slash commands as typed, no markup, no Slack',
    ({ help, sibling }) => {
      const shown = plainText(help, SHELL_SYNTAX);
      expect(shown).toContain(`/${sibling} help`);
      expect(shown).toContain('/as NAME');
      expect(shown).not.toMatch(/`|\*|Slack/);
    },
  );
});

describe('inSyntax', () => {
  it('rewrites a catalog text’s commands, code and heading for Teams, leaving mentions be', () => {
    const mention = { mention: { platformUserId: '29:1', name: 'Ana' } };
    expect(
      inSyntax(['*Heading*\nWrite `/kudos off` (where /kudos is used) to ', mention], TEAMS_SYNTAX),
    ).toEqual([
      { bold: 'Heading' },
      '\nWrite ',
      { bold: 'kudos off' },
      ' (where kudos is used) to ',
      mention,
    ]);
  });

  it('keeps the slash and drops the markup in the shell', () => {
    expect(
      plainText({ parts: [{ type: 'text', content: ['Try `/kudos help`.'] }] }, SHELL_SYNTAX),
    ).toBe('Try /kudos help.');
  });

  it('leaves stars inside a sentence alone: what people wrote is not a heading', () => {
    expect(inSyntax(['*great* work from *ACME*'], TEAMS_SYNTAX)).toEqual([
      '*great* work from *ACME*',
    ]);
  });
});
