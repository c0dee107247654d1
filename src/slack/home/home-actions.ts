import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { changeSettingFromHome, homeClicked } from '../../core/home';
import { localeOf } from '../../core/people';
import { t } from '../../i18n';
import {
  doneModal,
  formModal,
  readFormState,
  readMetadata,
  type ViewState,
} from '../kit/render-form';
import { publishHome } from './publish-home';
import { interactionActor, type SlackDeps } from '../kit/context';

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A button on the Home tab: another page, a setting changed, or an admin's setting form. */
export function homeButtonClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const click = await homeClicked(
      deps.core,
      workspace,
      actor,
      action.action_id,
      action.value ?? '',
    );
    // A setting is stored before the click is acknowledged.
    await ack();
    if (click.kind === 'form') {
      const view = formModal(click.form, { setting: click.setting });
      await client.views.open({ trigger_id: body.trigger_id, view });
      return;
    }
    if (click.kind === 'unknown') return;
    // A setting changed: the home shows it; the person's own record is read again for it.
    const { actor: fresh } = await interactionActor(deps, client, body);
    await publishHome(
      deps.core,
      client,
      workspace,
      fresh,
      click.kind === 'page' ? click.page : undefined,
    );
  };
}

/** An admin sent the setting form opened from the overview. */
export function homeSettingSubmitted(deps: SlackDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const setting = readMetadata(view.private_metadata).setting ?? '';
    const value = readFormState(view.state.values as ViewState).value;
    const reply = await changeSettingFromHome(
      deps.core,
      workspace,
      actor,
      setting,
      typeof value === 'string' ? value : '',
    );
    const locale = localeOf(actor, workspace);
    await ack({
      response_action: 'update',
      view: doneModal(view.title.text, reply, t(locale, 'form.close')),
    });
    const { workspace: changed } = await interactionActor(deps, client, body);
    await publishHome(deps.core, client, changed, actor).catch((err: unknown) =>
      deps.core.log.warn({ err }, 'home not republished after a setting change'),
    );
  };
}
