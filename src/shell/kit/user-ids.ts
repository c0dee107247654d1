import type { PlatformUserIds } from '../../core/people';
import { handleOf } from './syntax';

/** The shell's people in an imported file: their handles, `@ana` or `ana`. */
export const SHELL_USER_IDS: PlatformUserIds = {
  headers: ['handle'],
  isUserId: (value) => !value.includes('@', 1) && handleOf(`@${value.replace(/^@/, '')}`) !== null,
  userIdOf: (value) => handleOf(`@${value.replace(/^@/, '')}`)!,
  described: 'a shell handle (@ana)',
};
