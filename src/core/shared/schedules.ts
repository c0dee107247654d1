import { Cron } from 'croner';

export type DigestSchedule = 'daily' | 'weekly' | 'off';

/** Working days at 09:00, or Mondays at 09:00, in the manager's own timezone. */
export function digestPattern(schedule: DigestSchedule): string | null {
  if (schedule === 'daily') return '0 9 * * 1-5';
  if (schedule === 'weekly') return '0 9 * * 1';
  return null;
}

/** `summaryDay` 0–6 (Sunday first) at `summaryTime` HH:MM. */
export function summaryPattern(day: number, time: string): string {
  const [hh = '9', mm = '0'] = time.split(':');
  return `${Number(mm)} ${Number(hh)} * * ${day}`;
}

/** Day formatters by zone; Intl objects are costly to make, and thousands of calls share a few zones. */
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(zone: string): Intl.DateTimeFormat | null {
  if (!dayFormats.has(zone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      // not a timezone
    }
    dayFormats.set(zone, format);
  }
  return dayFormats.get(zone)!;
}

export function isTimezone(zone: string): boolean {
  return dayFormat(zone) !== null;
}

const crons = new Map<string, Cron>();

function cronFor(pattern: string, timezone: string): Cron {
  const zone = isTimezone(timezone) ? timezone : 'UTC';
  const key = `${pattern}@${zone}`;
  let cron = crons.get(key);
  if (!cron) {
    // Paused: used only to compute times, never to run anything.
    cron = new Cron(pattern, { timezone: zone, paused: true });
    crons.set(key, cron);
  }
  return cron;
}

/** The latest time the schedule fired at or before `now`. */
export function latestRun(pattern: string, timezone: string, now: Date): Date | null {
  // previousRuns looks strictly before the reference: nudge it so a run at `now` counts.
  const [latest] = cronFor(pattern, timezone).previousRuns(1, new Date(now.getTime() + 1));
  return latest ?? null;
}

/** 09:00 on `day` (YYYY-MM-DD) where `timezone` is: when a dated reminder should fire. */
export function morningOf(day: string, timezone: string): Date | null {
  const start = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  // Timezones run from UTC−12 to UTC+14: start before the earliest, skip to the right day.
  let run = cronFor('0 9 * * *', timezone).nextRun(new Date(start - 14 * 3_600_000));
  while (run && localDay(run, timezone) < day) {
    run = cronFor('0 9 * * *', timezone).nextRun(run);
  }
  return run && localDay(run, timezone) === day ? run : null;
}

/** The local calendar day of `at` in `timezone`, e.g. "2026-11-23": names a period. */
export function localDay(at: Date, timezone: string): string {
  return (dayFormat(timezone) ?? dayFormat('UTC')!).format(at);
}
