// Calendar marks on a recognised date: Old Style / New Style markers after it
// and double dates written in both calendars, and the other-calendar reading of
// a marked interval. Russian and English sources of the period write Julian
// dates; keeping these rules together keeps the "as written" policy in one place.
//
// Conventions:
//
// * Old Style / New Style: "(O.S.)", "O.S.", "[O.S.]", "Old Style", "by the old style", "by the Russian calendar",
//   ", which is Old Style" mark the date
//   as Julian: `interval` keeps the date as written, `calendar: 'julian'`,
//   `otherCalendar` gives the Gregorian reading (and vice versa for N.S.). A
//   bracketed marker stays outside the span; a bare one belongs to it. Double dates
//   "25 October/7 November 1917", "25 October (7 November) 1917" are read as
//   Julian/Gregorian when the two days agree. Markers attach only to day- and
//   month-sized dates.

import type { DayInterval } from '../types';
import { dayToIso, daysFromCivil, gregorianToJulian, isValidCivil, julianToGregorian } from './calendar';
import { point } from './absolute';
import type { Cand, Pt, Rng } from './model';
import { yearAfter } from './numerals';
import type { Scanner } from './scanner';

// (Also bare "NS"/"OS" in capitals, and "by our calendar", the writer's own: the new one, as for a Western or a Soviet writer after 1918.)
const OSNS_RE = /([ \t]*)([([])?[ \t]*(O\.[ ]?S\.|N\.[ ]?S\.|o\.[ ]?s\.|n\.[ ]?s\.|(?:NS|OS)(?![A-Za-z])|by our (?:calendar|reckoning)|Old Style|New Style|old style|new style|(?:,[ \t]*(?:which[ \t]+(?:is|was)[ \t]+(?:the[ \t]+)?)?(?=[Oo]ld|[Nn]ew))?(?:[Oo]ld|[Nn]ew)[ \t]+[Ss]tyle|(?:by|in|according to) the (?:[Oo]ld|[Nn]ew|Russian|Western|Julian|Gregorian) (?:[Ss]tyle|calendar|reckoning))[ \t]*([)\]])?/y;
const DOUBLE_SEP_RE = /[ \t]*(\/|\()[ \t]*/y;

/** "25 October/7 November 1917", "25 October (7 November) 1917": Old Style / New Style. */
export function doubleDate(sc: Scanner, a: Pt): Pt | null {
  const m = sc.re(DOUBLE_SEP_RE, a.e, false);
  if (!m) return null;
  const b = point(sc, m.index + m[0].length, { inner: true });
  if (!b || b.k !== 'pt' || b.t !== 'day' || b.m === undefined || b.d === undefined) return null;
  let e = b.e;
  let y = b.y;
  if (m[1] === '(') {
    if (y !== undefined || sc.text[e] !== ')') return null;
    e++;
    const ya = yearAfter(sc, e, true);
    if (!ya) return null;
    y = ya.y;
    e = ya.e;
  }
  if (y === undefined || !isValidCivil(y, a.m!, a.d!) || !isValidCivil(y, b.m, b.d)) return null;
  const jul = daysFromCivil(y, a.m!, a.d!);
  const greg = daysFromCivil(y, b.m, b.d);
  if (julianToGregorian(jul) !== greg) return null;
  return { ...a, y, e, cal: 'julian' };
}

/** Attach an Old Style / New Style marker after a date. */
export function withCalendar<T extends Cand>(sc: Scanner, c: T): T {
  if (c.k !== 'pt' && c.k !== 'range') return c;
  const fine = c.k === 'pt' ? c.t === 'day' || c.t === 'month' : c.a.t === 'day' || c.a.t === 'month' || c.b.t === 'day';
  if (!fine) return c;
  const m = sc.re(OSNS_RE, c.e, false);
  if (!m) return c;
  const open = m[2];
  const close = m[4];
  if (!!open !== !!close) {
    if (open) return c;
  }
  const cal = /\b(?:old|russian|julian)\b/i.test(m[3]) || /^o\.\s?s\.|^OS$/i.test(m[3]) ? 'julian' : 'gregorian';
  if (c.k === 'pt') c.cal = cal;
  else {
    (c as Rng).cal = cal;
  }
  if (!open) {
    // bare marker belongs to the span; a trailing ')' does not
    let e = OSNS_RE.lastIndex;
    if (close) e = sc.text.lastIndexOf(close, e - 1);
    while (e > c.e && /\s/.test(sc.text[e - 1])) e--;
    c.e = e;
  }
  return c;
}

/** The reading of [lo, hi] (written in `cal`) in the other calendar. */
export function otherCalendarOf(cal: 'julian' | 'gregorian', lo: number, hi: number): DayInterval & { calendar: 'julian' | 'gregorian' } {
  const conv = cal === 'julian' ? julianToGregorian : gregorianToJulian;
  return { earliest: dayToIso(conv(lo)), latest: dayToIso(conv(hi)), calendar: cal === 'julian' ? 'gregorian' : 'julian' };
}
