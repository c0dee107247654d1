import { t, type Locale } from '../../i18n';
import { text, type Part } from '../shared';
import type { Measure, MyScore } from './client-scores';

/** A home button's action id: records a score's comment as kudos (its value is the score's id). */
export const SCORE_KUDOS_ACTION = 'home-score-kudos';

/** Days of scores the admin's overview shows per team. */
export const OVERVIEW_SCORE_DAYS = 90;

const QUOTE_CHARS = 600;

export function measuresText(locale: Locale, measures: Measure[]): string {
  return measures
    .map((m) =>
      t(locale, 'scores.measure', {
        kind: t(locale, `scores.kind.${m.kind}`),
        average: m.average.toLocaleString(locale),
        count: m.count,
      }),
    )
    .join(', ');
}

/** The person's own scores on their wall, each praising comment with its one-click kudos. */
export function myScoresParts(locale: Locale, scores: MyScore[]): Part[] {
  if (scores.length === 0) return [];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const parts: Part[] = [{ type: 'heading', text: t(locale, 'home.scores.title') }];
  for (const s of scores) {
    const line = t(locale, 'home.scores.line', {
      client: s.client,
      kind: t(locale, `scores.kind.${s.kind}`),
      score: s.score.toLocaleString(locale),
      date: day.format(s.scoredOn),
    });
    parts.push(text(line));
    if (s.comment) {
      const words = [...s.comment].slice(0, QUOTE_CHARS).join('');
      parts.push({ type: 'quote', text: words, attribution: s.client });
    }
    if (s.canRecord) {
      parts.push({
        type: 'buttons',
        buttons: [
          {
            action: `${SCORE_KUDOS_ACTION}:${s.id}`,
            label: t(locale, 'scores.record.button'),
            value: String(s.id),
            primary: true,
          },
        ],
      });
    }
  }
  return parts;
}

/** The admin's overview: client scores by the team of the person served. */
export function teamScoresParts(
  locale: Locale,
  teams: { team: string; measures: Measure[] }[],
): Part[] {
  if (teams.length === 0) return [];
  const lines = teams.map((row) =>
    t(locale, 'home.overview.scores.line', {
      team: row.team || t(locale, 'scores.team.none'),
      measures: measuresText(locale, row.measures),
    }),
  );
  return [
    text({ bold: t(locale, 'home.overview.scores', { days: OVERVIEW_SCORE_DAYS }) }),
    text(lines.join('\n')),
  ];
}

/** Days of scores the weekly summary puts beside praise. */
export const SUMMARY_SCORE_DAYS = 30;

/** The weekly summary's "ACME: NPS 9 (3); 3 compliments", at most `max` clients. */
export function clientMeasuresParts(
  locale: Locale,
  rows: { client: string; measures: Measure[]; compliments: number }[],
  max: number,
): Part[] {
  if (rows.length === 0) return [];
  const lines = rows.slice(0, max).map((row) =>
    t(locale, 'summary.scores.line', {
      client: row.client,
      measures: measuresText(locale, row.measures),
      compliments: row.compliments,
    }),
  );
  return [text({ bold: t(locale, 'summary.scores.title') }, '\n', lines.join('\n'))];
}
