/**
 * Triage throughput: emails per second for parse + strip + classify (the lexicon and the trained
 * model) over the labelled set, each message read twice — as pasted (most are plain client text)
 * and wrapped in a forwarded-email header, the way employees paste them. One core, one thread.
 * Target: ≥ 5,000 emails/s. Also prints the model's load time and the memory it takes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readAnyEmail, triageEmail, loadTriageModel } from '../src/core/forwarded-email';

const TARGET = 5_000;
const MIB = 1024 * 1024;
const SECONDS = 3;

function forwarded(text: string, i: number): string {
  return (
    'FYI, see below\n\n---------- Forwarded message ---------\n' +
    `From: Client ${i} <client${i}@customer${i % 40}.com>\n` +
    'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Our order\n' +
    `To: Ana <ana@example.com>\n\n${text}\n`
  );
}

async function main(): Promise<void> {
  const before = process.memoryUsage();
  const { milliseconds, bytes } = loadTriageModel();
  const after = process.memoryUsage();
  const file = path.join(__dirname, '..', 'test', 'fixtures', 'triage', 'labelled.jsonl');
  const texts = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const inputs = texts.flatMap((text, i) => [text, forwarded(text, i)]);

  // Warm up the regular expressions and the JIT before measuring.
  for (const text of inputs) {
    const read = await readAnyEmail({ text });
    if (read.ok) triageEmail(read.email);
  }
  let emails = 0;
  let unread = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  while (performance.now() < until) {
    for (const text of inputs) {
      const read = await readAnyEmail({ text });
      if (read.ok) triageEmail(read.email);
      else unread++;
      emails++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(emails / seconds);
  console.log('Triage throughput (parse + strip + classify, one core)');
  console.log(
    `  model: loaded in ${milliseconds.toFixed(0)} ms, ${Math.round(bytes / 1024)} KiB of weights, ` +
      `RSS +${((after.rss - before.rss) / MIB).toFixed(1)} MiB, ` +
      `outside the heap +${((after.arrayBuffers - before.arrayBuffers) / MIB).toFixed(1)} MiB`,
  );
  console.log(`  ${inputs.length} messages (${texts.length} labelled, each also as a forward)`);
  console.log(
    `  ${emails} emails in ${seconds.toFixed(1)} s: ${rate.toLocaleString('en')} emails/s`,
  );
  if (unread > 0) console.log(`  ${unread} could not be read`);
  console.log(
    `  target ≥ ${TARGET.toLocaleString('en')} emails/s: ${rate >= TARGET ? 'met' : 'MISSED'}`,
  );
  console.log(`  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
