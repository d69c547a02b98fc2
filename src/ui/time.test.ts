import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clock, dateAndClock } from './time.js';

describe('times as shown to the learner', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Oslo';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('clock: local hours, minutes and seconds, two digits each', () => {
    expect(clock('2026-01-05T08:04:03.9Z')).toBe('09:04:03');
    expect(clock(Date.parse('2026-07-05T22:30:00Z'))).toBe('00:30:00');
  });

  it('dateAndClock: the local day too, which may differ from the UTC day', () => {
    expect(dateAndClock('2026-12-31T23:59:59Z')).toBe('2027-01-01 00:59:59');
    expect(dateAndClock(new Date('2026-03-09T10:00:00Z'))).toBe('2026-03-09 11:00:00');
  });
});
