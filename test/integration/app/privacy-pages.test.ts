import fs from 'node:fs';
import path from 'node:path';
import { fillManifest } from '../../../scripts/package-teams';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';

const template = fs.readFileSync(
  path.join(__dirname, '..', '..', '..', 'manifests', 'teams', 'manifest.json'),
  'utf8',
);
const manifest = fillManifest(template, {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  FRONTLINE_DOMAIN: 'frontline.example.com',
}) as { developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string } };
const { websiteUrl, privacyUrl, termsOfUseUrl } = manifest.developer;
const linked = [privacyUrl, termsOfUseUrl].map((url) => new URL(url).pathname);

let running: RunningTeams | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

test('the pages the Teams manifest links to are served, saying what is stored and who sees reports', async () => {
  running = await startWithMockTeams();
  expect(linked).toEqual(['/privacy', '/terms']);
  const [privacy, terms] = await Promise.all(
    linked.map((p) => fetch(`${running!.baseUrl}${p}`, { redirect: 'manual' })),
  );
  expect(privacy!.status).toBe(200);
  expect(privacy!.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await privacy!.text();
  for (const heading of ['What it stores', 'How long', 'Who sees reports']) {
    expect(html).toContain(heading);
  }
  for (const kind of ['People:', 'Kudos:', 'Reports of abusive clients:'])
    expect(html).toContain(kind);
  expect(html).toContain('their managers all the way up, and Frontline');
  const home = await fetch(`${running.baseUrl}${new URL(websiteUrl).pathname}`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('href="/privacy"');
  expect(terms!.status).toBe(200);
  expect(await terms!.text()).toContain('href="/privacy"');
  // Only the two pages: a neighbour is still not found, and a POST is not a page.
  expect((await fetch(`${running.baseUrl}/privacy/x`)).status).toBe(404);
  expect((await fetch(`${running.baseUrl}/terms`, { method: 'POST' })).status).toBe(404);
});

test('PRIVACY_URL and TERMS_URL send the pages to the operator’s own', async () => {
  running = await startWithMockTeams({
    PRIVACY_URL: 'https://acme.example/privacy-notice',
    TERMS_URL: 'https://acme.example/terms',
  });
  const privacy = await fetch(`${running.baseUrl}/privacy`, { redirect: 'manual' });
  expect(privacy.status).toBe(302);
  expect(privacy.headers.get('location')).toBe('https://acme.example/privacy-notice');
  const terms = await fetch(`${running.baseUrl}/terms`, { redirect: 'manual' });
  expect(terms.headers.get('location')).toBe('https://acme.example/terms');
});
