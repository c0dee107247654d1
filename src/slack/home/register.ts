import { HOME_ACTION_PREFIX, HOME_SETTING_FORM_ID } from '../../core/home';
import { formSorry, guarded, noAnswer, safely, type FeatureSetup } from '../kit/listeners';
import { appHomeOpened } from './app-home-opened';
import { homeButtonClicked, homeSettingSubmitted } from './home-actions';

/** The Home tab: published when opened; its buttons and the admin's setting form. */
export function registerHome({ app, deps, log }: FeatureSetup): void {
  app.event('app_home_opened', safely(log, appHomeOpened(deps)));
  app.action(
    new RegExp(`^${HOME_ACTION_PREFIX}`),
    guarded(deps, homeButtonClicked(deps), noAnswer),
  );
  app.view(HOME_SETTING_FORM_ID, guarded(deps, homeSettingSubmitted(deps), formSorry('value')));
}
