import type { ShellFeature } from '../kit/shell';
import { as } from './as';

export const people: ShellFeature = { commands: { as } };
