import type { ShellFeature } from '../kit/shell';
import { emailButtons } from './email-actions';

export const forwardedEmail: ShellFeature = { buttons: emailButtons };
