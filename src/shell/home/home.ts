import { changeSettingFromHome, HOME_ACTIONS, homeClicked, homeFor } from '../../core/home';
import { SCORE_KUDOS_ACTION } from '../../core/scores';
import { t } from '../../i18n';
import { fillIn } from '../kit/ask-form';
import type { ShellButton, ShellCommand } from '../kit/shell';

/** `/home`: your home as the app's home tab shows it, its buttons as `/do` commands. */
export const showHome: ShellCommand = async (shell) => {
  shell.reply(await homeFor(shell.ctx, shell.workspace(), shell.me()));
};

/** A button on the home: another page, a setting's question, or a change made at once. */
const homeButton: ShellButton = async (shell, button) => {
  const workspace = shell.workspace();
  const click = await homeClicked(shell.ctx, workspace, shell.me(), button.action, button.value);
  if (click.kind === 'page') {
    shell.reply(await homeFor(shell.ctx, workspace, shell.me(), click.page));
  } else if (click.kind === 'changed') {
    shell.reply(click.reply);
  } else if (click.kind === 'form') {
    await fillIn(shell, click.form, async (values) => {
      const value = typeof values.value === 'string' ? values.value : '';
      shell.reply(
        await changeSettingFromHome(shell.ctx, shell.workspace(), shell.me(), click.setting, value),
      );
      return { done: true };
    });
  } else shell.screen.say(t(shell.locale(), 'shell.do.unknown'));
  await shell.delivered();
};

export const homeButtons: Record<string, ShellButton> = {
  ...Object.fromEntries(Object.values(HOME_ACTIONS).map((id) => [id, homeButton])),
  [SCORE_KUDOS_ACTION]: homeButton,
};
