import type { HomeView } from '@slack/types';
import type { MessageModel } from '../../core/shared';
import { messageBlocks } from '../kit/render-message';

/** Slack's limit on the blocks of a home tab. */
export const HOME_BLOCK_LIMIT = 100;

/** The Home tab for one person; `page` comes back with each click, to keep their place. */
export function homeView(home: MessageModel, page?: string): HomeView {
  return {
    type: 'home',
    blocks: messageBlocks(home, HOME_BLOCK_LIMIT).blocks,
    private_metadata: JSON.stringify(page ? { page } : {}),
  };
}
