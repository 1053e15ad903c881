// Recognition of date expressions in historical English prose: the public entry
// points. The work is split by concern:
//
//   scan.ts          anchor regex, backward walk to candidate starts, URL/e-mail skipping
//   ranges.ts        expressions: a point or a range of two points ("from X to Y", "1914–18")
//   absolute.ts      the point grammar's dispatcher; approximation, parts, "the …", ordinal words
//   numerals.ts      digit-led points: numeric/ISO dates, day–month, years and their filters,
//                    decades and centuries in figures, eras
//   named.ts         months, seasons, holidays
//   calendarMarks.ts Old Style / New Style markers and double dates
//   relative.ts      relative dates, durations, sets, and relative arithmetic
//   discourse.ts     sections, the discourse year (implied years), the resolution pass
//   model.ts         the parse representation and its day-interval semantics (parts of periods)
//   lexicon.ts       word tables and shared token shapes
//   scanner.ts       tokens and character classes
//
// Design: a first pass (scan.ts) collects non-overlapping candidates left to
// right; a second, linear pass (discourse.ts) resolves years from the discourse
// and anchors relative dates. All intervals are closed day intervals, proleptic
// Gregorian, astronomical years (see calendar.ts and edtf.ts); each module
// documents the conventions it implements.

import type { DateMention, DayInterval, Granularity } from '../types';
import { dayToIso, isoToDay, julianToGregorian } from './calendar';
import { resolve } from './discourse';
import { scanCandidates } from './scan';
import { Scanner } from './scanner';

export interface DateOptions {
  /** Year for dates without one when the discourse supplies none. */
  defaultYear?: number;
}

/** Recognise date expressions: sorted by start, non-overlapping. */
export function recognizeDates(text: string, options: DateOptions = {}): DateMention[] {
  const sc = new Scanner(text);
  return resolve(sc, scanCandidates(sc), options);
}

/**
 * For a day/month-sized interval before the Russian switch (14 Feb 1918 Gregorian),
 * the reading in the other calendar: the input is taken as Julian (Old Style) and
 * its Gregorian (New Style) reading is returned. Undefined otherwise.
 */
export function otherCalendarReading(interval: DayInterval, granularity?: Granularity): DayInterval | undefined {
  let lo: number;
  let hi: number;
  try {
    lo = isoToDay(interval.earliest);
    hi = isoToDay(interval.latest);
  } catch {
    return undefined;
  }
  if (granularity && granularity !== 'day' && granularity !== 'month') return undefined;
  if (hi - lo > 62) return undefined;
  if (hi >= isoToDay('1918-02-14')) return undefined;
  return { earliest: dayToIso(julianToGregorian(lo)), latest: dayToIso(julianToGregorian(hi)) };
}
