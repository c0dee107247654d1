import {
  acknowledgeBy,
  addWorkingHours,
  isWorkingTime,
} from '../../../src/core/escalation/working-time';
import { morningOf } from '../../../src/core/shared/schedules';

const at = (iso: string) => new Date(iso);

describe('isWorkingTime', () => {
  it('is Monday to Friday, 09:00 to 17:00, in the given timezone', () => {
    // Monday 23 November 2026, 08:30 UTC: 10:30 in Vilnius, 03:30 in New York.
    expect(isWorkingTime(at('2026-11-23T08:30:00Z'), 'Europe/Vilnius')).toBe(true);
    expect(isWorkingTime(at('2026-11-23T08:30:00Z'), 'America/New_York')).toBe(false);
    expect(isWorkingTime(at('2026-11-23T17:00:00Z'), 'UTC')).toBe(false);
    expect(isWorkingTime(at('2026-11-21T12:00:00Z'), 'UTC')).toBe(false); // Saturday
  });

  it('treats an unknown timezone as UTC', () => {
    expect(isWorkingTime(at('2026-11-23T09:00:00Z'), 'Not/AZone')).toBe(true);
    expect(isWorkingTime(at('2026-11-23T08:59:00Z'), 'Not/AZone')).toBe(false);
  });
});

describe('addWorkingHours', () => {
  it('counts within one working day', () => {
    expect(addWorkingHours(at('2026-11-23T10:00:00Z'), 4, 'UTC')).toEqual(
      at('2026-11-23T14:00:00Z'),
    );
  });

  it('carries what is left of Friday over the weekend to Monday', () => {
    // Friday 15:00 + 4 working hours: 2 on Friday, 2 on Monday morning.
    expect(addWorkingHours(at('2026-11-20T15:00:00Z'), 4, 'UTC')).toEqual(
      at('2026-11-23T11:00:00Z'),
    );
  });

  it('starts counting on Monday morning from a weekend', () => {
    expect(addWorkingHours(at('2026-11-21T20:00:00Z'), 1, 'UTC')).toEqual(
      at('2026-11-23T10:00:00Z'),
    );
  });

  it('counts in local time across the autumn clock change (Vilnius, 25 October 2026)', () => {
    // Friday 16:00 in Vilnius is 13:00 UTC (summer time); Monday 10:00 is 08:00 UTC (winter).
    expect(addWorkingHours(at('2026-10-23T13:00:00Z'), 2, 'Europe/Vilnius')).toEqual(
      at('2026-10-26T08:00:00Z'),
    );
  });

  it('counts in local time across the spring clock change (New York, 8 March 2026)', () => {
    // Friday 16:00 in New York is 21:00 UTC (winter); Monday 10:00 is 14:00 UTC (summer).
    expect(addWorkingHours(at('2026-03-06T21:00:00Z'), 2, 'America/New_York')).toEqual(
      at('2026-03-09T14:00:00Z'),
    );
  });
});

describe('acknowledgeBy', () => {
  // Saturday 21 November 2026, 23:00 in Vilnius.
  const saturdayNight = at('2026-11-21T21:00:00Z');

  it('gives a threatening report one hour, working time or not', () => {
    expect(acknowledgeBy('threatening', saturdayNight, 'Europe/Vilnius')).toEqual(
      at('2026-11-21T22:00:00Z'),
    );
  });

  it('gives an abusive report 4 working hours in the manager’s timezone', () => {
    // Monday 09:00–13:00 in Vilnius = 07:00–11:00 UTC.
    expect(acknowledgeBy('abusive', saturdayNight, 'Europe/Vilnius')).toEqual(
      at('2026-11-23T11:00:00Z'),
    );
    // Tuesday 10:00 in Vilnius (08:00 UTC): due at 14:00 local, 12:00 UTC.
    expect(acknowledgeBy('abusive', at('2026-11-24T08:00:00Z'), 'Europe/Vilnius')).toEqual(
      at('2026-11-24T12:00:00Z'),
    );
  });

  it('gives a concerning report one working day in the manager’s timezone', () => {
    // Monday 17:00 in Vilnius = 15:00 UTC; in New York, Monday 17:00 = 22:00 UTC.
    expect(acknowledgeBy('concerning', saturdayNight, 'Europe/Vilnius')).toEqual(
      at('2026-11-23T15:00:00Z'),
    );
    expect(acknowledgeBy('concerning', saturdayNight, 'America/New_York')).toEqual(
      at('2026-11-23T22:00:00Z'),
    );
    // Reported mid-morning Tuesday: due mid-morning Wednesday.
    expect(acknowledgeBy('concerning', at('2026-11-24T08:00:00Z'), 'Europe/Vilnius')).toEqual(
      at('2026-11-25T08:00:00Z'),
    );
  });
});

describe('morningOf', () => {
  test('is 09:00 local on that day, wherever the manager is', () => {
    expect(morningOf('2026-11-24', 'Europe/Vilnius')).toEqual(new Date('2026-11-24T07:00:00Z'));
    expect(morningOf('2026-11-24', 'America/New_York')).toEqual(new Date('2026-11-24T14:00:00Z'));
    expect(morningOf('2026-11-24', 'Pacific/Kiritimati')).toEqual(new Date('2026-11-23T19:00:00Z'));
    // Summer time in Vilnius is UTC+3.
    expect(morningOf('2026-07-01', 'Europe/Vilnius')).toEqual(new Date('2026-07-01T06:00:00Z'));
    expect(morningOf('not-a-date', 'UTC')).toBeNull();
  });
});
