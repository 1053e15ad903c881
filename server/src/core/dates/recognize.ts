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
import { civilFromDays, dayToIso, daysFromCivil, daysInMonth, isoToDay, julianToGregorian } from './calendar';
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
  return clerksDays(text, resolve(sc, scanCandidates(sc), options));
}

/** "the 12th inst.", "the 3rd ult.", "the 1st prox.": a day of this month, the last or the next, in the style of minutes and business letters. */
const CLERKS_DAY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(inst|instant|ult|ulto|ultimo|prox|proximo)\b\.?/gi;

/**
 * Days written against the month of the date above them ("Wednesday 20th April 1927 … the butchery at Shanghai on
 * the 12th inst." is 12 April 1927). The month comes from the nearest day or month written out before, within a
 * few paragraphs; without one, the expression is left alone.
 */
function clerksDays(text: string, dates: DateMention[]): DateMention[] {
  CLERKS_DAY.lastIndex = 0;
  if (!CLERKS_DAY.test(text)) return dates;
  const out = [...dates];
  CLERKS_DAY.lastIndex = 0;
  for (let m = CLERKS_DAY.exec(text); m; m = CLERKS_DAY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && d.end > start)) continue;
    const anchor = [...dates].reverse().find((d) => d.end <= start && start - d.end < 3000 && d.interval && (d.granularity === 'day' || d.granularity === 'month'));
    if (!anchor?.interval) continue;
    const base = civilFromDays(isoToDay(anchor.interval.earliest));
    const shift = /^ult/i.test(m[2]) ? -1 : /^prox/i.test(m[2]) ? 1 : 0;
    const months = base.y * 12 + (base.m - 1) + shift;
    const [y, mo, d] = [Math.floor(months / 12), (months % 12) + 1, parseInt(m[1], 10)];
    if (d < 1 || d > daysInMonth(y, mo)) continue;
    const iso = dayToIso(daysFromCivil(y, mo, d));
    out.push({ start, end, text: m[0], kind: 'date', interval: { earliest: iso, latest: iso }, granularity: 'day', qualifiers: [], edtf: iso, anchor: { start: anchor.start, end: anchor.end } });
  }
  return out.sort((a, b) => a.start - b.start);
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
