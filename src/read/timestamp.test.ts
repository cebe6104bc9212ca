import { describe, expect, it } from 'vitest';
import { normaliseTimestamp } from './timestamp.js';

describe('a machine-readable publication time', () => {
  it.each([
    ['2021-02-06T10:17:00Z', '2021-02-06T10:17:00Z'],
    ['2021-02-06T13:47:00+03:30', '2021-02-06T13:47:00+03:30'],
    ['2020-09-02T12:45:31+0300', '2020-09-02T12:45:31+03:00'],
    ['2023-04-28 17:40:08+00:00', '2023-04-28T17:40:08+00:00'],
    ['2021-02-06T13:47', '2021-02-06T13:47:00'],
    ['2020-12-05T23:15:0Z', '2020-12-05T23:15:00Z'],
    ['2021-02-06', '2021-02-06'],
    ['20210206', '2021-02-06'],
    ['Sat, 06 Feb 2021 10:17:00 GMT', '2021-02-06T10:17:00Z'],
    ['Feb 6, 2021, 1:47 PM', '2021-02-06T13:47:00'],
  ])('reads %s as %s', (raw, want) => {
    expect(normaliseTimestamp(raw)).toBe(want);
  });

  it.each(['', 'yesterday', '0000-00-00', '2021-13-45', 'n/a'])('finds nothing in "%s"', (raw) => {
    expect(normaliseTimestamp(raw)).toBeNull();
  });
});
