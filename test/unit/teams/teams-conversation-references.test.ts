import type { Activity } from 'botbuilder';
import { channelOf, isPersonalChat, kindOf } from '../../../src/teams/kit/conversation-references';
import { threadRootOf } from '../../../src/teams/forwarded-email/forwarded-email';

describe('kindOf', () => {
  it('names the three kinds Teams names', () => {
    expect(kindOf('personal')).toBe('personal');
    expect(kindOf('channel')).toBe('channel');
    expect(kindOf('groupChat')).toBe('groupChat');
  });

  it('counts a chat Teams did not name, or named otherwise, as a group chat: never as private', () => {
    for (const type of [undefined, '', 'Personal', 'meeting', 'somethingNew']) {
      expect(kindOf(type)).toBe('groupChat');
      expect(isPersonalChat({ conversationType: type })).toBe(false);
    }
    expect(isPersonalChat(undefined)).toBe(false);
    expect(isPersonalChat({ conversationType: 'personal' })).toBe(true);
  });
});

describe('threads', () => {
  it('a channel is the part of a conversation id before its thread', () => {
    expect(channelOf('19:desk@thread.tacv2;messageid=1700')).toBe('19:desk@thread.tacv2');
    expect(channelOf('a:personal-1')).toBe('a:personal-1');
  });

  it('a reply inside a thread belongs to the thread’s root; a new message to itself', () => {
    const activity = (conversationId: string, id: string) =>
      ({ id, conversation: { id: conversationId } }) as Partial<Activity>;
    expect(threadRootOf(activity('19:desk@thread.tacv2;messageid=1700', '1799'))).toBe('1700');
    expect(threadRootOf(activity('19:desk@thread.tacv2;messageid=1700', '1700'))).toBe('1700');
    expect(threadRootOf(activity('19:chat@thread.v2', '1800'))).toBe('1800');
  });
});
