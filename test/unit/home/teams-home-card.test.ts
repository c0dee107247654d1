import { homeCard, HOME_REFRESH_VERB } from '../../../src/teams/home/home-card';

const card = (parts: Parameters<typeof homeCard>[0]['parts'], page?: string) =>
  homeCard({ parts }, '29:ana', page).content as {
    body: Record<string, unknown>[];
    actions: unknown[];
    refresh: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
  };

describe('homeCard', () => {
  test('keeps each row of buttons under its own section, marked as from the home', () => {
    const { body, actions } = card([
      { type: 'text', content: ['Your settings'] },
      { type: 'buttons', buttons: [{ action: 'home-announce:off', label: 'Stop', value: 'off' }] },
      { type: 'text', content: ['Praise to thank'] },
      { type: 'buttons', buttons: [{ action: 'send-thanks', label: 'Send thanks', value: '7' }] },
    ]);
    expect(actions).toEqual([]);
    expect(body.map((e) => e.type)).toEqual(['TextBlock', 'ActionSet', 'TextBlock', 'ActionSet']);
    expect(body[3]!.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'send-thanks',
        data: { value: '7', home: '1' },
      }),
    ]);
  });

  test('asks Teams to refresh it for its owner only, on the page it shows', () => {
    expect(card([], '17:3').refresh).toEqual({
      action: { type: 'Action.Execute', verb: HOME_REFRESH_VERB, data: { page: '17:3' } },
      userIds: ['29:ana'],
    });
    expect(card([]).refresh.action.data).toEqual({});
  });

  test('draws a divider as a separator on the next element', () => {
    const { body } = card([
      { type: 'text', content: ['a'] },
      { type: 'divider' },
      { type: 'text', content: ['b'] },
    ]);
    expect(body[1]).toMatchObject({ separator: true });
  });
});
