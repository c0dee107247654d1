import type { Escalation } from '../../db/schema';
import { t, type Locale, type MessageKey } from '../../i18n';
import { DIGEST_ITEMS, praiseParts, reportLine, type ReportToActOn } from '../digests';
import { mentionList, tInline, text, type Button, type MessageModel, type Part } from '../shared';
import { ESCALATION_ACTIONS } from '../escalation';
import { HOME_RANKING, type Home } from './home';
import { rankingParts } from '../kudos';
import { OVERVIEW_SETTINGS, type AdminsOverview } from './admins-overview';
import { DESK_ITEMS, type ManagersDesk } from './managers-desk';
import { sparkline, type Wall, type WallItem } from './my-wall';
import { myScoresParts, teamScoresParts } from '../scores';

/** Button action ids of the home; each button's value says which choice or page. */
export const HOME_ACTIONS = {
  older: 'home-older',
  newest: 'home-newest',
  announce: 'home-announce',
  digest: 'home-digest',
  language: 'home-language',
  setting: 'home-setting',
} as const;

/** Every home action id begins so: one route per adapter. */
export const HOME_ACTION_PREFIX = 'home-';

/** Languages by their own names: a person who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  lt: 'Lietuvių',
  ro: 'Română',
};

/**
 * A button whose action id carries its value too: Slack wants the ids in one row distinct.
 */
const choice = (action: string, value: string, label: string, primary = false): Button => ({
  action: `${action}:${value}`,
  label,
  value,
  ...(primary ? { primary } : {}),
});

const QUOTE_CHARS = 600;
const trim = (s: string, max: number) =>
  [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;

function dayFormat(locale: Locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

function wallItemParts(locale: Locale, item: WallItem): Part[] {
  const date = dayFormat(locale).format(item.at);
  const line = item.client
    ? tInline(locale, 'home.wall.client', {
        client: [{ bold: item.client }],
        giver: [{ mention: item.giver }],
        date,
      })
    : tInline(locale, 'home.wall.peer', { giver: [{ mention: item.giver }], date });
  const parts: Part[] = [
    text(...line),
    // The client's own words, verbatim, with the client's name.
    {
      type: 'quote',
      text: trim(item.words, QUOTE_CHARS),
      ...(item.client ? { attribution: item.client } : {}),
    },
  ];
  const notes = [];
  if (item.values.length > 0) {
    notes.push(
      t(locale, 'home.wall.values', { values: item.values.map((v) => `#${v}`).join(' ') }),
    );
  }
  if (item.thanks) {
    const thanked = tInline(locale, 'home.wall.thanked', {
      manager: [{ mention: item.thanks.by }],
    });
    parts.push({
      type: 'context',
      content: [...thanked, ...(item.thanks.note ? [` “${trim(item.thanks.note, 300)}”`] : [])],
    });
  }
  if (notes.length > 0) parts.push({ type: 'context', content: [notes.join(' · ')] });
  return parts;
}

function wallParts(locale: Locale, wall: Wall): Part[] {
  const parts: Part[] = [
    { type: 'heading', text: t(locale, 'home.wall.title') },
    text(t(locale, 'home.wall.totals', { ...wall.totals })),
    { type: 'context', content: [t(locale, 'home.wall.trend', { trend: sparkline(wall.weekly) })] },
  ];
  if (wall.items.length === 0) parts.push(text(t(locale, 'home.wall.empty')));
  for (const item of wall.items) parts.push(...wallItemParts(locale, item));
  const paging: Button[] = [];
  if (wall.paged)
    paging.push({
      action: HOME_ACTIONS.newest,
      label: t(locale, 'home.wall.newest'),
      value: 'newest',
    });
  if (wall.older)
    paging.push({
      action: HOME_ACTIONS.older,
      label: t(locale, 'home.wall.older'),
      value: wall.older,
    });
  if (paging.length > 0) parts.push({ type: 'buttons', buttons: paging });
  return parts;
}

function settingsParts(locale: Locale, wall: Wall, isManager: boolean): Part[] {
  const s = wall.settings;
  const parts: Part[] = [
    { type: 'divider' },
    text({ bold: t(locale, 'home.settings.title') }),
    text(t(locale, s.announce ? 'home.settings.announce.on' : 'home.settings.announce.off')),
    {
      type: 'buttons',
      buttons: [
        s.announce
          ? choice(HOME_ACTIONS.announce, 'off', t(locale, 'home.settings.announce.stop'))
          : choice(HOME_ACTIONS.announce, 'on', t(locale, 'home.settings.announce.start'), true),
      ],
    },
  ];
  if (isManager) {
    const schedule = s.digest
      ? t(locale, `home.digest.${s.digest}`)
      : t(locale, 'home.digest.default');
    parts.push(text(t(locale, 'home.settings.digest', { schedule })), {
      type: 'buttons',
      buttons: (['daily', 'weekly', 'off'] as const).map((d) =>
        choice(HOME_ACTIONS.digest, d, t(locale, `home.digest.${d}`), d === s.digest),
      ),
    });
  }
  parts.push(text(t(locale, 'home.settings.language', { language: LANGUAGE_NAMES[s.locale] })), {
    type: 'buttons',
    buttons: (Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) =>
      choice(HOME_ACTIONS.language, l, LANGUAGE_NAMES[l], l === s.locale),
    ),
  });
  return parts;
}

function myReportParts(locale: Locale, wall: Wall): Part[] {
  if (wall.openReports.length === 0) return [];
  const day = dayFormat(locale);
  return [
    { type: 'divider' },
    text({ bold: t(locale, 'home.reports.title') }),
    ...wall.openReports.slice(0, DESK_ITEMS).map((r) =>
      text(
        t(locale, 'home.reports.item', {
          id: r.id,
          client: r.client,
          date: day.format(r.at),
          status: t(locale, `escalate.status.${r.status}`),
        }),
      ),
    ),
  ];
}

/** The steps that make sense from where a report stands, in the practice's order. */
const NEXT_STEPS: Record<Escalation['status'], (keyof typeof ESCALATION_ACTIONS)[]> = {
  open: ['acknowledge', 'talk', 'takeOver'],
  acknowledged: ['talk', 'takeOver', 'support', 'resolve'],
  supported: ['talk', 'resolve'],
  taken_over: ['resolve'],
  resolved: [],
};

function deskReportParts(locale: Locale, reports: ReportToActOn[]): Part[] {
  const parts: Part[] = [text({ bold: t(locale, 'digest.reports.title') })];
  for (const r of reports.slice(0, DESK_ITEMS)) {
    const status = r.escalation.status;
    parts.push(reportLine(locale, r), {
      type: 'buttons',
      buttons: NEXT_STEPS[status].map((step, i) => ({
        action: ESCALATION_ACTIONS[step],
        label: t(locale, `escalate.action.${step}`),
        value: String(r.escalation.id),
        primary: i === 0,
      })),
    });
  }
  if (reports.length > DESK_ITEMS) {
    parts.push({
      type: 'context',
      content: [t(locale, 'home.more', { count: reports.length - DESK_ITEMS })],
    });
  }
  return parts;
}

function deskParts(locale: Locale, desk: ManagersDesk): Part[] {
  const parts: Part[] = [{ type: 'heading', text: t(locale, 'home.desk.title') }];
  if (desk.reports.length > 0) parts.push(...deskReportParts(locale, desk.reports));
  parts.push(text({ bold: t(locale, 'digest.praise.title') }));
  if (desk.waiting.length === 0) parts.push(text(t(locale, 'thanks.list.empty')));
  // At most DIGEST_ITEMS: the digest's own "… and N more" would never show.
  parts.push(...praiseParts(locale, desk.waiting.slice(0, Math.min(DESK_ITEMS, DIGEST_ITEMS))));
  if (desk.waiting.length > DESK_ITEMS) {
    parts.push({
      type: 'context',
      content: [t(locale, 'digest.more', { count: desk.waiting.length - DESK_ITEMS })],
    });
  }
  if (desk.medianThankHours !== null) {
    parts.push({
      type: 'context',
      content: [t(locale, 'digest.thankTime', { hours: desk.medianThankHours })],
    });
  }
  parts.push(...deskHeroParts(locale, desk), ...unrecognisedParts(locale, desk));
  return parts;
}

/** The desk's heroes: this manager's people, and those two levels down. */
function deskHeroParts(locale: Locale, desk: ManagersDesk): Part[] {
  const parts: Part[] = [];
  if (desk.heroes.length > 0) {
    parts.push(text({ bold: t(locale, 'home.desk.heroes') }));
    for (const hero of desk.heroes) {
      parts.push(
        text(
          ...tInline(locale, 'home.desk.hero', {
            person: [{ mention: hero.person }],
            count: hero.compliments,
          }),
        ),
      );
    }
  }
  if (desk.heroesTwoDown && desk.heroesTwoDown.length > 0) {
    parts.push(text({ bold: t(locale, 'digest.heroes.title') }));
    for (const hero of desk.heroesTwoDown) {
      parts.push(
        text(
          ...tInline(locale, 'digest.heroes.item', {
            person: [{ mention: hero.person }],
            manager: [{ mention: hero.via! }],
            count: hero.compliments,
          }),
        ),
      );
    }
  }
  return parts;
}

/** People nobody has praised for a while, with a nudge to notice them. */
function unrecognisedParts(locale: Locale, desk: ManagersDesk): Part[] {
  if (desk.unrecognised.length === 0) return [];
  const shown = desk.unrecognised.slice(0, DESK_ITEMS);
  return [
    text({ bold: t(locale, 'home.desk.unrecognised') }),
    text(
      ...shown.flatMap((u, i) => [
        ...(i > 0 ? ['\n'] : []),
        ...(u.days === null
          ? tInline(locale, 'home.desk.unrecognised.never', { person: [{ mention: u.person }] })
          : tInline(locale, 'home.desk.unrecognised.days', {
              person: [{ mention: u.person }],
              days: u.days,
            })),
      ]),
    ),
    { type: 'context', content: [t(locale, 'home.desk.unrecognised.nudge')] },
  ];
}

const joinWeeks = (weeks: number[]) => weeks.join(' · ');

function settingValue(
  locale: Locale,
  setting: (typeof OVERVIEW_SETTINGS)[number],
  o: AdminsOverview,
): string {
  const w = o.settings;
  const off = t(locale, 'home.overview.off');
  switch (setting) {
    case 'channel':
      return w.kudosChannel ? `#${w.kudosChannel}` : t(locale, 'home.overview.whereGiven');
    case 'summary':
      return w.summaryChannel
        ? `#${w.summaryChannel}, ${new Intl.DateTimeFormat(locale, {
            weekday: 'long',
            timeZone: 'UTC',
          }).format(
            new Date(Date.UTC(2026, 10, 22 + w.summaryDay)), // 22 November 2026 is a Sunday
          )} ${w.summaryTime} ${w.timezone}`
        : off;
    case 'inbox':
      return w.emailInboxChannels.length > 0
        ? w.emailInboxChannels.map((c) => `#${c}`).join(', ')
        : t(locale, 'home.overview.everyChannel');
    case 'reactions':
      return `${w.kudosEmojis.map((e) => `:${e}:`).join(' ')} · ${t(locale, 'home.overview.report')} :${w.reportEmoji}:`;
    case 'limit':
      return w.kudosDailyLimit === null ? off : String(w.kudosDailyLimit);
    case 'autorecord':
      return w.emailAutoRecordAbove === null ? off : `${Math.round(w.emailAutoRecordAbove * 100)}%`;
    case 'checkin':
      return String(w.checkInDays);
    case 'digest':
      return t(locale, `home.digest.${w.digestDefault}`);
  }
}

/** The settings at a glance, each with the button that opens its form. */
function overviewSettingsParts(locale: Locale, o: AdminsOverview): Part[] {
  const lines = OVERVIEW_SETTINGS.map((s) =>
    t(locale, 'home.overview.setting', {
      setting: t(locale, `home.setting.${s}`),
      value: settingValue(locale, s, o),
    }),
  );
  const buttons = OVERVIEW_SETTINGS.map((s) =>
    choice(HOME_ACTIONS.setting, s, t(locale, `home.setting.${s}`)),
  );
  return [text(lines.join('\n')), { type: 'buttons', buttons }, { type: 'divider' }];
}

/** People outside every chain, and the last import. */
function overviewPeopleParts(locale: Locale, o: AdminsOverview): Part[] {
  const people =
    o.withoutManager.count === 0
      ? text(t(locale, 'home.overview.everyoneManaged'))
      : text(
          ...tInline(locale, 'home.overview.withoutManager', {
            count: o.withoutManager.count,
            people: mentionList(locale, o.withoutManager.shown),
          }),
        );
  const lastImport = o.lastImport
    ? t(locale, 'home.overview.lastImport', {
        kind: o.lastImport.kind,
        date: dayFormat(locale).format(o.lastImport.at),
        rows: o.lastImport.rows,
        problems: o.lastImport.problems,
      })
    : t(locale, 'home.overview.noImport');
  return [people, text(lastImport)];
}

function overviewSection(
  locale: Locale,
  title: MessageKey,
  lines: string[],
  params: Record<string, number> = {},
): Part[] {
  return [
    text({ bold: t(locale, title, params) }),
    text(lines.length > 0 ? lines.join('\n') : t(locale, 'home.overview.nothing')),
  ];
}

/** The aggregates: counts only, no reporter named, no report quoted. */
function overviewAggregateParts(locale: Locale, o: AdminsOverview): Part[] {
  const days = { days: o.windowDays };
  const money = (n: number | null) => (n === null ? '?' : new Intl.NumberFormat(locale).format(n));
  const kudosByTeam = o.kudosByTeam.map((r) =>
    t(locale, 'home.overview.kudosByTeam.line', {
      team: r.team,
      received: joinWeeks(r.received),
      given: joinWeeks(r.given),
    }),
  );
  const praiseAndReports = o.praiseAndReportsByTeam.map((r) =>
    t(locale, 'home.overview.praiseAndReports.line', {
      team: r.team,
      praise: r.clientPraise,
      reports: r.reports,
    }),
  );
  const difficult = o.difficultClients.map((c) =>
    t(locale, 'home.overview.difficult.line', {
      client: c.name,
      reports: c.reports,
      compliments: c.compliments,
      value: money(c.yearlyValue),
      cost: money(c.yearlyServiceCost),
    }),
  );
  const causes = o.reportsByCause.map((c) =>
    t(locale, 'home.overview.causes.line', {
      cause: t(locale, c.cause === 'unsaid' ? 'home.cause.unsaid' : `escalate.cause.${c.cause}`),
      count: c.reports,
    }),
  );
  return [
    ...overviewSection(locale, 'home.overview.kudosByTeam', kudosByTeam),
    ...overviewSection(locale, 'home.overview.praiseAndReports', praiseAndReports, days),
    ...overviewSection(locale, 'home.overview.difficult', difficult, days),
    ...overviewSection(locale, 'home.overview.causes', causes, days),
  ];
}

function overviewParts(locale: Locale, o: AdminsOverview): Part[] {
  return [
    { type: 'heading', text: t(locale, 'home.overview.title') },
    ...overviewSettingsParts(locale, o),
    ...overviewPeopleParts(locale, o),
    ...overviewAggregateParts(locale, o),
  ];
}

/** The whole home: the wall for everyone, the desk for managers, the overview for admins. */
export function homeMessage(locale: Locale, home: Home): MessageModel {
  const parts: Part[] = [...wallParts(locale, home.wall), ...myScoresParts(locale, home.scores)];
  parts.push({ type: 'divider' }, ...rankingParts(locale, HOME_RANKING, home.ranking));
  parts.push(...myReportParts(locale, home.wall));
  parts.push(...settingsParts(locale, home.wall, home.desk !== null));
  if (home.desk) parts.push(...deskParts(locale, home.desk));
  if (home.overview) parts.push(...overviewParts(locale, home.overview));
  if (home.teamScores) parts.push(...teamScoresParts(locale, home.teamScores));
  return { parts };
}
