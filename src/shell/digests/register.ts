import type { ShellFeature } from '../kit/shell';
import { tick } from './tick';

export const digests: ShellFeature = { commands: { tick } };
