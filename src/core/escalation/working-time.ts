import { isTimezone } from '../shared';

/** Working hours Frontline assumes: Monday to Friday, 09:00 to 17:00 local time. */
const DAY_START = 9;
const DAY_END = 17;
const STEP_MS = 15 * 60 * 1000;

const hourFormats = new Map<string, Intl.DateTimeFormat>();

function localHour(at: Date, timezone: string): { weekday: number; hour: number } {
  const zone = isTimezone(timezone) ? timezone : 'UTC';
  let format = hourFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    hourFormats.set(zone, format);
  }
  const parts = format.formatToParts(at);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(
    parts.find((p) => p.type === 'weekday')!.value,
  );
  return { weekday, hour: Number(parts.find((p) => p.type === 'hour')!.value) };
}

export function isWorkingTime(at: Date, timezone: string): boolean {
  const { weekday, hour } = localHour(at, timezone);
  return weekday >= 1 && weekday <= 5 && hour >= DAY_START && hour < DAY_END;
}

/** `start` plus `hours` of working time in `timezone`, in quarter-hour steps (DST-safe). */
export function addWorkingHours(start: Date, hours: number, timezone: string): Date {
  let left = hours * 60 * 60 * 1000;
  let at = start.getTime();
  while (left > 0) {
    if (isWorkingTime(new Date(at), timezone)) left -= STEP_MS;
    at += STEP_MS;
  }
  return new Date(at);
}

export type Severity = 'concerning' | 'abusive' | 'threatening';

/**
 * When a report must be acknowledged by: threatening within an hour, whatever the time;
 * abusive within 4 working hours; concerning within a working day — in the manager's timezone.
 */
export function acknowledgeBy(severity: Severity, reportedAt: Date, timezone: string): Date {
  if (severity === 'threatening') return new Date(reportedAt.getTime() + 60 * 60 * 1000);
  return addWorkingHours(reportedAt, severity === 'abusive' ? 4 : DAY_END - DAY_START, timezone);
}
