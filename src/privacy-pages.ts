import type http from 'node:http';

/** Where an operator keeps their own privacy notice and terms; unset, Frontline serves its own. */
export interface PrivacyPageUrls {
  PRIVACY_URL?: string;
  TERMS_URL?: string;
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${title}</h1>
${body}
</body>
</html>
`;

/** The Teams app's website link: what Frontline is, and where the other two pages are. */
export const HOME_PAGE = page(
  'Frontline',
  `<p>Frontline is a Slack and Microsoft Teams bot for the people who serve a company's clients. When a client praises someone, it passes the praise on by name, with the client's own words, and reminds their manager to say thank you. When a client is abusive, the employee reports it privately and their manager steps in.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p>`,
);

export const PRIVACY_PAGE = page(
  'Frontline: privacy',
  `<p>Frontline is a chat bot that passes client praise on to the people who earned it and lets employees report abusive clients privately. This installation is run by your organisation, which decides how long the data below is kept. Frontline keeps it in its own database and sends it nowhere but your organisation's Slack or Microsoft Teams.</p>
<h2>What it stores</h2>
<ul>
<li><strong>People:</strong> name, chat user id, email, manager, team, timezone and language, read from Slack or Teams or imported by an admin, and in Teams where each personal chat can be reached; whether someone is an admin, has opted out of channel announcements, and their digest schedule.</li>
<li><strong>Kudos:</strong> who gave them to whom, the words, the client's name and the values named, when, and whether and when the manager said thank you.</li>
<li><strong>Reports of abusive clients:</strong> who reported which client, what happened, the client's words if given, how serious it was, every step taken on it and the reporter's answers to check-ins.</li>
<li><strong>Forwarded client emails:</strong> the sender, subject and date, the client's own words, whom the email concerns and whether it read as a compliment or abuse.</li>
<li><strong>Client accounts:</strong> name, email domains, the account's channel, who serves the account, its conduct and, if an admin records them, its yearly value and cost.</li>
</ul>
<h2>How long</h2>
<p>Until an admin of this installation deletes it: Frontline itself deletes nothing but a kudos taken back within a minute. Your organisation sets its own retention.</p>
<h2>Who sees reports</h2>
<p>A report, its text and its client are seen only by the person who made it, their managers all the way up, and Frontline's admins. A report never appears in a channel, a weekly summary or anyone else's view; the summary carries only counts of praise.</p>
<h2>Questions</h2>
<p>Ask the admins of your Slack workspace or Microsoft Teams tenant: they run this installation.</p>`,
);

export const TERMS_PAGE = page(
  'Frontline: terms of use',
  `<p>Frontline is open-source software, provided under the MIT licence, without warranty of any kind. This installation is run by your organisation, whose own rules for Slack or Microsoft Teams apply to what you write in it.</p>
<ul>
<li>Give kudos for what people really did, and pass on clients' words as they wrote them.</li>
<li>Report a client when they are abusive; the report goes privately to your managers and the admins, who are asked to act on it.</li>
<li>Data is stored as described on the <a href="/privacy">privacy page</a>.</li>
</ul>`,
);

/**
 * `GET /`, `/privacy` and `/terms`, the pages the Teams app links to: Frontline's own, or for the
 * last two a redirect to the operator's. Answers true when the path was one of them.
 */
export function privacyPages(urls: PrivacyPageUrls) {
  const pages: Record<string, { url?: string; html: string }> = {
    '/': { html: HOME_PAGE },
    '/privacy': { url: urls.PRIVACY_URL, html: PRIVACY_PAGE },
    '/terms': { url: urls.TERMS_URL, html: TERMS_PAGE },
  };
  return (path: string, res: http.ServerResponse): boolean => {
    const found = pages[path];
    if (!found) return false;
    if (found.url) {
      res.writeHead(302, { location: found.url });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(found.html);
    }
    return true;
  };
}
