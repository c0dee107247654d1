import type { ShellFeature } from '../kit/shell';
import { homeButtons, showHome } from './home';

export const home: ShellFeature = { commands: { home: showHome }, buttons: homeButtons };
