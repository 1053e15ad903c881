// Expressions: a point, or a range built from two points. `expr` is what the
// anchor scan calls at each candidate start; it tries the range openers ("from",
// "between", "the period"), then a point followed by a year suffix ("1920-21"),
// a separator and a second point, or a double date. Old Style / New Style
// markers are attached here (calendarMarks.ts) because they follow the whole
// expression.
//
// Conventions:
//
// * Ranges: "1920-21", "1914–18", "1923-7", "from X to Y", "between X and Y",
//   "X–Y", "X to Y", "X/Y", "the period X–Y"; a missing year is taken from the other
//   end ("from March to May 1917", "November-December 1923"; "December to February
//   1921" starts in December 1920; see discourse.ts, resolveCand).
// * Plain "and" joins two dates into one range only in two safe shapes: a late
//   part of a period and an early part of the next period of the same kind ("late
//   1922 and early 1923" = Sep 1922 – Apr 1923; "the end of 1922 and the beginning
//   of 1923"; "late October and early November 1917"; "the late twenties and early
//   thirties"), and a day list sharing its month and year ("December 30 and 31,
//   1922", "30 and 31 December 1922"; named.ts, numerals.ts). Anything else stays
//   two dates: "1920 and 1925", "late 1922 and early 1925", "early 1922 and late 1923".
// * A range of two decade words ("from the twenties to the thirties") puts both in
//   the discourse year's century, else the 1900s (model.ts resolveCand).

import { point } from './absolute';
import { doubleDate, withCalendar } from './calendarMarks';
import { RANGE_WORDS } from './lexicon';
import { ptBounds, type Cand, type Pt, type Rng } from './model';
import { Scanner, isDigitCode, matchStart } from './scanner';

const SEP_RE = /[ \t]*([-\u2013\u2014/])[ \t]*|[ \t]+(to|until|till|through|thru)[ \t]+/y;
const SHORT_YEAR_RE = /([-\u2013/])(\d{1,2})(?![\d\p{L}])/uy;
const AND_WORDS = new Set(['and']);

/** An expression: a point, or a range built from points. */
export function expr(sc: Scanner, p: number): Cand | null {
  const t = sc.tok(p);
  if (!t) return null;
  if (t.w === 'from') {
    return rangeAfter(sc, t.e, t.s, RANGE_WORDS, true);
  }
  if (t.w === 'between') {
    let q = t.e;
    const n = sc.tok(q);
    const n2 = n && n.w === 'the' ? sc.tok(n.e) : null;
    if (n2 && (n2.w === 'years' || n2.w === 'period')) q = n2.e;
    return rangeAfter(sc, q, t.s, AND_WORDS, false);
  }
  if (t.w === 'the') {
    const n = sc.tok(t.e);
    if (n && (n.w === 'period' || n.w === 'years')) {
      const r = rangeAfter(sc, n.e, t.s, RANGE_WORDS, true);
      if (r) return r;
    }
  }
  const a = point(sc, p, { partner: true });
  if (!a) return null;
  if (a.k !== 'pt') return withCalendar(sc, a);
  if (a.t === 'day' && a.y === undefined && !a.easter) {
    const dd = doubleDate(sc, a);
    if (dd) return dd;
  }
  // "1920-21", "1914–18", "1923-7"
  const short = shortYearEnd(sc, a);
  if (short) return { k: 'range', s: a.s, e: short.e, a, b: short };
  const sep = sc.re(SEP_RE, a.e, false);
  if (sep) {
    const b = point(sc, SEP_RE.lastIndex, { inRange: true });
    if (b && b.k === 'pt') {
      const r = makeRange(a, b, a.s);
      if (r) return withCalendar(sc, r);
    }
  }
  // "late 1922 and early 1923": adjacent parts of consecutive periods
  if (a.part === 'late' || a.part === 'end' || a.part === 'half2') {
    const and = sc.tok(a.e);
    if (and && and.w === 'and') {
      const b = point(sc, and.e, { inRange: true });
      if (b && b.k === 'pt' && consecutiveParts(a, b)) {
        const r = makeRange(a, b, a.s);
        if (r) return withCalendar(sc, r);
      }
    }
  }
  if (a.needsPartner) return null;
  if (a.bareYear) {
    // "1917-1905", "2017-555-1234": a dash-joined number that is not a range
    const c = sc.text.charCodeAt(a.e);
    if ((c === 45 || c === 0x2013 || c === 47) && isDigitCode(sc.text.charCodeAt(a.e + 1))) return null;
  }
  return withCalendar(sc, a);
}

/** After "from", "between", "the period": point, separator, point (or "from 1914-18"). */
function rangeAfter(sc: Scanner, p: number, s: number, seps: Set<string>, dashOk: boolean): Rng | null {
  let a = point(sc, p, { partner: true });
  // "from the 17th to the 25th of April": ordinals with their article.
  const article = sc.tok(p);
  if ((!a || a.k !== 'range') && article?.w === 'the') {
    const days = point(sc, sc.ws(article.e), { partner: true });
    if (days?.k === 'range') a = days;
  }
  if (a && a.k === 'range' && (seps.has('and') ? /\band\b/.test(sc.text.slice(a.s, a.e)) : !/\band\b/.test(sc.text.slice(a.s, a.e)))) {
    // "between 20 and 25 October 1917", "from 12 to 14 March"
    a.s = s;
    return withCalendar(sc, a);
  }
  if (!a || a.k !== 'pt') return null;
  let q = a.e;
  const t = sc.tok(q);
  if (!t) return null;
  if (seps.has(t.w) || (dashOk && (t.w === '-' || t.w === '\u2013' || t.w === '\u2014'))) q = t.e;
  else if (dashOk && a.bareYear) {
    // "from 1914-18"
    const short = shortYearEnd(sc, a);
    return short ? { k: 'range', s, e: short.e, a, b: short } : null;
  } else return null;
  const b = point(sc, q, { inRange: true });
  if (!b || b.k !== 'pt') return null;
  const r = makeRange(a, b, s);
  return r ? (withCalendar(sc, r) as Rng) : null;
}

/** A range of two points if it can be ordered (start not after end). */
function makeRange(a: Pt, b: Pt, s: number): Rng | null {
  if (a.t === 'day' && b.t === 'year') return null;
  if (a.y !== undefined && b.y !== undefined) {
    const ra = ptBounds(a, a.y);
    const rb = ptBounds(b, b.y);
    if (!ra || !rb || ra[0] > rb[1]) return null;
  }
  if (a.y === undefined && b.y === undefined && (a.t === 'year' || b.t === 'year')) return null;
  // A yearless end before the start in its year runs across New Year ("20 December – 5 January"), not round most of a year:
  // "16 April 1917 — the third of April by the old calendar" is a day and its gloss, no range.
  if (a.y !== undefined && b.y === undefined) {
    const ra = ptBounds(a, a.y);
    const rb = ptBounds(b, a.y);
    const rolled = ptBounds(b, a.y + 1);
    if (ra && rb && rolled && rb[0] < ra[0] && rolled[1] - ra[0] > 183) return null;
  }
  a.needsPartner = false;
  b.needsPartner = false;
  return { k: 'range', s, e: b.e, a, b };
}


/**
 * "late 1922 and early 1923", "the end of 1922 and the beginning of 1923", "late
 * October and early November": a late part of one period and an early part of the
 * next period of the same kind, neither approximate.
 */
function consecutiveParts(a: Pt, b: Pt): boolean {
  if (b.part !== 'early' && b.part !== 'begin' && b.part !== 'half1') return false;
  if (a.t !== b.t || a.approx || b.approx) return false;
  switch (a.t) {
    case 'year':
      return a.y !== undefined && b.y === a.y + 1;
    case 'month':
      if (b.m !== (a.m! % 12) + 1) return false;
      return a.y === undefined || b.y === undefined || b.y === a.y + (a.m === 12 ? 1 : 0);
    case 'season':
      if (b.season !== a.season! + 1 || a.ofYearPart || b.ofYearPart) return false;
      return a.y === undefined || b.y === undefined || b.y === a.y;
    case 'decade':
      if (a.decadeShort !== undefined || b.decadeShort !== undefined) return a.decadeShort !== undefined && b.decadeShort === a.decadeShort + 10;
      return a.y !== undefined && b.y === a.y + 10;
    case 'century':
      return a.y !== undefined && b.y === a.y + 100;
    default:
      return false;
  }
}

/** "-21" in "1920-21", "–18" in "1914–18", "-7" in "1923-7": the later year of a bare year. */
function shortYearEnd(sc: Scanner, a: Pt): Pt | null {
  if (!a.bareYear || a.y === undefined) return null;
  const sm = sc.re(SHORT_YEAR_RE, a.e, false);
  if (!sm) return null;
  const dd = parseInt(sm[2], 10);
  const mod = sm[2].length === 2 ? 100 : 10;
  const by = a.y - (a.y % mod) + dd;
  if (by <= a.y) return null;
  return { k: 'pt', s: matchStart(sm) + 1, e: SHORT_YEAR_RE.lastIndex, t: 'year', y: by };
}
