import { Writable } from 'node:stream';
import { createLogger } from '../../../src/log';

test('tokens, secrets and signatures never reach a log line', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger('info', { destination });
  log.info(
    {
      token: 'xoxb-secret-1',
      config: { botToken: 'xoxb-secret-2', signingSecret: 'sig-secret-3' },
      req: { headers: { authorization: 'Bearer abc-4', 'x-slack-signature': 'v0=deadbeef5' } },
      person: 'ana',
    },
    'hello',
  );
  const written = lines.join('');
  for (const secret of ['xoxb-secret-1', 'xoxb-secret-2', 'sig-secret-3', 'abc-4', 'deadbeef5']) {
    expect(written).not.toContain(secret);
  }
  expect(written).toContain('"person":"ana"');
});
