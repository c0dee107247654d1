import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { downloadEmailFile } from '../../../src/core/forwarded-email/read/forwarded-email';

let server: http.Server;
let base: string;
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/small') return res.end('From: a@b.c\r\n\r\nhello');
    if (req.url === '/declared') {
      res.writeHead(200, { 'content-length': '5000' });
      return res.end('x'.repeat(5000));
    }
    if (req.url === '/streamed') {
      // No length announced: the limit is found while reading.
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      return res.end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the bytes, with the headers given', async () => {
  const bytes = await downloadEmailFile(`${base}/small`, 1000, { authorization: 'Bearer t' });
  expect(Buffer.from(bytes as Uint8Array).toString()).toContain('hello');
  expect(seen.at(-1)!.authorization).toBe('Bearer t');
});

test('too large whether the size is announced or only found while reading', async () => {
  expect(await downloadEmailFile(`${base}/declared`, 1000)).toBe('tooLarge');
  expect(await downloadEmailFile(`${base}/streamed`, 1000)).toBe('tooLarge');
  expect(await downloadEmailFile(`${base}/streamed`, 20_000)).toHaveLength(10_000);
});

test('an error status or an unreachable host gives nothing', async () => {
  expect(await downloadEmailFile(`${base}/missing`, 1000)).toBeUndefined();
  expect(await downloadEmailFile('http://127.0.0.1:9/closed', 1000)).toBeUndefined();
});
