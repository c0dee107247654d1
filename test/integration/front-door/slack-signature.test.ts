import { verifySlackRequest } from '@slack/bolt';
import { slackSignature } from '../../support/slack-request';

// Slack's worked example from "Verifying requests from Slack".
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = 1531420618;
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

const verify = (signature: string, body = BODY) =>
  verifySlackRequest({
    signingSecret: SECRET,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': TIMESTAMP },
  });

describe('Slack request signatures (the check our receiver runs)', () => {
  afterEach(() => jest.useRealTimers());

  test('our test signer reproduces Slack’s published signature', () => {
    expect(slackSignature(SECRET, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });

  test('Slack’s published example verifies at its own time', () => {
    jest.useFakeTimers({ now: (TIMESTAMP + 30) * 1000 });
    expect(() => verify(SIGNATURE)).not.toThrow();
  });

  test('a changed body or signature is refused', () => {
    jest.useFakeTimers({ now: (TIMESTAMP + 30) * 1000 });
    expect(() => verify(SIGNATURE, BODY.replace('roadrunner', 'coyote'))).toThrow(/signature/);
    expect(() => verify(SIGNATURE.replace(/.$/, '0'))).toThrow(/signature/);
  });

  test('the same example five minutes and a second later is stale', () => {
    jest.useFakeTimers({ now: (TIMESTAMP + 5 * 60 + 1) * 1000 });
    expect(() => verify(SIGNATURE)).toThrow(/stale/);
  });
});
