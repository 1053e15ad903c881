// Relative dates, durations and sets: the expressions anchored on a time-unit
// word ("the next day", "two years later", "a week after 4 May 1920", "that
// year", "in about a year", "for three years") or on "every"/"each"/"annually",
// and the arithmetic that places a relative date against its base interval.
// The parse happens during the anchor scan; the base (the previous resolved
// mention) is supplied by discourse.ts.
//
// Conventions:
//
// * Relative dates anchor to the previous resolved mention (not an attributive
//   year, see discourse.ts) or to the date they name; few = 2–5, several = 3–7;
//   "about" widens the count by a quarter (at least one unit). With no anchor they
//   have no interval. Durations ("for three years" → "three years") and sets
//   ("every May", "annually") have no interval.
// * "the next day", "the very next day", "the same day", "that (very) same day".
// * Counts: digits, number words, "a few" (2–5), "several" (3–7), "a couple of";
//   one adjective from a short list may stand between count and unit ("two
//   precious years", "three long months later"; lexicon.ts UNIT_ADJECTIVES); "and a
//   half" after the unit or before a plural unit ("a year and a half", "two and a
//   half years") makes a duration, or a relative date counted in the next finer
//   unit (a year and a half = 18 months; a month and a half = 44–47 days; a day and
//   a half = 1–2 days).
// * Hours ("two hours", "for an hour") are durations; "two hours later" is
//   relative without an interval; "that hour" is nothing.
// * A base coarser than the unit: on the ladder day < month (= season) < year <
//   decade < century, a base one step coarser is shifted whole ("two days later"
//   after "October 1923" = 3 Oct – 2 Nov 1923; "a few months later" after "1917"
//   = Mar 1917 – May 1918); a base two or more steps coarser gives no interval
//   ("a few days later" after "1921", "the same day" after "1921", "two months
//   after the 1920s"), since the result would be the base smeared over a year or
//   more. Nor does a base coarser than a year except for decades. Such a mention
//   stays kind 'relative' with its `anchor` (the base it counts from) set.

import type { Granularity } from '../types';
import { civilFromDays, daysFromCivil, daysInMonth, monthBounds, yearBounds } from './calendar';
import { DETERMINERS, MONTH_RE, NUMBER_WORDS, SEASONS, UNIT_ADJECTIVES, UNIT_WORDS, WEEKDAYS, table } from './lexicon';
import type { Cand, Rel, Unit } from './model';
import { expr } from './ranges';
import { Scanner, isUpper, type Tok } from './scanner';

/** "the next day", "the previous year", "the same day". */
const DIR: Record<string, -1 | 0 | 1> = table({ next: 1, following: 1, subsequent: 1, previous: -1, preceding: -1, same: 0 });

/** "every May", "each spring", "every year": a set (no interval). */
export function setAt(sc: Scanner, as: number, ae: number): Cand | null {
  const n = sc.tok(ae);
  if (!n) return null;
  const text = sc.text;
  let e = -1;
  if (n.w in UNIT_WORDS && !n.w.endsWith('s')) e = n.e;
  else if (n.w in SEASONS) e = n.e;
  else if (WEEKDAYS.has(n.w) && n.w.length > 3 && isUpper(text[n.s])) e = n.e;
  else if (n.w === 'christmas') e = n.e;
  else {
    const mm = sc.re(MONTH_RE, n.s, false);
    if (mm && mm[1] && isUpper(text[n.s])) {
      e = MONTH_RE.lastIndex;
      const d = sc.tok(e);
      if (d && d.w === 'day' && isUpper(text[d.s])) e = d.e;
    }
  }
  if (e < 0) return null;
  return { k: 'set', s: as, e };
}

/** A time-unit word at [us, ue): "the next day", "two years later", "that year", "for three years". */
export function relativeAt(sc: Scanner, us: number, ue: number, unitW: Unit | 'week' | 'fortnight' | 'hour'): Cand | null {
  if (unitW !== 'hour') return unitAt(sc, us, ue, unitW);
  // hours: durations ("two hours"), or counted relative dates without an interval
  const c = unitAt(sc, us, ue, 'day');
  if (!c || (c.k === 'relative' && c.dir === 0)) return null;
  if (c.k === 'relative') c.noInterval = true;
  return c;
}

function unitAt(sc: Scanner, us: number, ue: number, unitW: Unit | 'week' | 'fortnight'): Cand | null {
  const text = sc.text;
  if (us > 0 && (text[us - 1] === '-' || text[us - 1] === "'" || text[us - 1] === '\u2019')) return null; // five-year plan
  const word = text.slice(us, ue).toLowerCase();
  const plural = word.endsWith('s');
  let unit: Unit = unitW === 'week' || unitW === 'fortnight' ? 'day' : unitW;
  const mult = unitW === 'week' ? 7 : unitW === 'fortnight' ? 14 : 1;
  const p1 = sc.prev(us);
  if (!p1 || p1.s < sc.lastEnd) return null;
  let nx = sc.tok(ue);
  let nxw = nx ? nx.w : '';

  // the next day / the following year / the same day
  if (!plural && p1.w in DIR) {
    let p2 = sc.prev(p1.s);
    if (p2 && p2.w === 'very') p2 = sc.prev(p2.s); // "the very next day"
    if (p2 && (p2.w === 'the' || (p1.w === 'same' && p2.w === 'that')) && p2.s >= sc.lastEnd) {
      return { k: 'relative', s: p2.s, e: ue, unit, nLo: mult, nHi: mult, dir: DIR[p1.w], approx: false };
    }
    return null;
  }
  if (!plural && p1.w === 'the' && (nxw === 'before' || nxw === 'after' || nxw === 'later' || nxw === 'earlier')) {
    const dir = nxw === 'before' || nxw === 'earlier' ? -1 : 1;
    return relTail(sc, p1.s, nx!, unit, mult, mult, dir, false);
  }
  if (!plural && (p1.w === 'that' || p1.w === 'this') && unitW !== 'fortnight' && unit !== 'decade') {
    if (nxw === 'of') return null;
    if (unit === 'year' && /^\d{4}$/.test(nxw)) return null; // "that year 1925" (absolute.ts)
    return { k: 'relative', s: p1.s, e: ue, unit, nLo: 0, nHi: 0, dir: 0, approx: false };
  }
  // counts: "two years", "a few days", "several weeks", "3 months"
  let nLo = 0;
  let nHi = 0;
  let hasNum = false;
  let strongNum = false;
  let half = false;
  let c1 = p1;
  if (UNIT_ADJECTIVES.has(c1.w)) {
    // "two precious years", "three long months later": one adjective
    const c0 = sc.prev(c1.s);
    if (!c0 || c0.s < sc.lastEnd) return null;
    c1 = c0;
  }
  if (c1.w === 'half' && plural) {
    // "two and a half years"
    const a = sc.prev(c1.s);
    const and = a && a.w === 'a' ? sc.prev(a.s) : null;
    const n = and && and.w === 'and' ? sc.prev(and.s) : null;
    if (!n || n.s < sc.lastEnd || n.w === 'a' || n.w === 'an' || !(/^\d{1,3}$/.test(n.w) || n.w in NUMBER_WORDS)) return null;
    c1 = n;
    half = true;
  }
  const p1w = c1.w;
  let s = c1.s;
  if (/^\d{1,3}$/.test(p1w)) {
    nLo = nHi = parseInt(p1w, 10);
    hasNum = strongNum = true;
  } else if (p1w in NUMBER_WORDS) {
    nLo = nHi = NUMBER_WORDS[p1w];
    hasNum = true;
    strongNum = p1w !== 'a' && p1w !== 'an';
    // "half a year ago", "half an hour": no whole unit and a half.
    const h = !half && !plural && (p1w === 'a' || p1w === 'an') ? sc.prev(c1.s) : null;
    if (h && h.w === 'half' && h.s >= sc.lastEnd) {
      nLo = nHi = 0;
      half = true;
      s = h.s;
    }
    // "twenty-five"
  } else if (p1w === 'few' || p1w === 'several' || p1w === 'many') {
    if (p1w === 'many') return null;
    [nLo, nHi] = p1w === 'few' ? [2, 5] : [3, 7];
    hasNum = true;
    const p2 = sc.prev(c1.s);
    if (p1w === 'few' && p2 && p2.w === 'a') s = p2.s;
    else if (p1w === 'few') return null; // "few years" ≈ not many
  } else if (p1w === 'of') {
    const p2 = sc.prev(c1.s);
    const p3 = p2 && sc.prev(p2.s);
    if (p2 && p2.w === 'couple' && p3 && p3.w === 'a') {
      nLo = nHi = 2;
      hasNum = true;
      s = p3.s;
    } else return null;
  } else if (p1w === 'half') {
    return null;
  }
  if (!hasNum) return null;
  if (!plural && nHi > 1) return null; // "two year" is a typo or an adjective
  if (s < sc.lastEnd) return null;
  if (!half && nxw === 'and') {
    // "a year and a half", "two years and a half"
    const a = sc.tok(nx!.e);
    const h = a && a.w === 'a' ? sc.tok(a.e) : null;
    if (h && h.w === 'half') {
      half = true;
      ue = h.e;
      nx = sc.tok(ue);
      nxw = nx ? nx.w : '';
    }
  }
  // approximation before the count
  let approx = false;
  const pa = sc.prev(s);
  if (pa && pa.s >= sc.lastEnd && (pa.w === 'about' || pa.w === 'some' || pa.w === 'around' || pa.w === 'roughly' || pa.w === 'approximately' || pa.w === 'nearly' || pa.w === 'almost')) {
    approx = true;
    s = pa.s;
  }
  const pb = sc.prev(s);
  nLo *= mult;
  nHi *= mult;
  if (half) [unit, nLo, nHi] = halfUnit(unit, mult, nLo, nHi);
  if (nxw === 'old' || nxw === 'younger' || nxw === 'older' || nxw === 'senior' || nxw === 'junior') return null;
  // "two weeks to the day after …", "a year to the day before": the exact count, its cue after "to the day".
  if (nxw === 'to' && !half) {
    const the = sc.tok(nx!.e);
    const day = the && the.w === 'the' ? sc.tok(the.e) : null;
    const cue = day && day.w === 'day' ? sc.tok(day.e) : null;
    if (cue && (cue.w === 'after' || cue.w === 'before')) {
      nx = cue;
      nxw = cue.w;
    }
  }
  if (nxw === 'later' || nxw === 'afterwards' || nxw === 'afterward' || nxw === 'after' || nxw === 'on' && sc.isClauseEnd(nx!.e)) {
    return relTail(sc, s, nx!, unit, nLo, nHi, 1, approx);
  }
  if (nxw === 'earlier' || nxw === 'before' || nxw === 'previously' || nxw === 'prior' || nxw === 'ago') {
    if (nxw === 'ago') return { k: 'relative', s, e: nx!.e, unit, nLo, nHi, dir: -1, approx, noInterval: true, ago: true };
    if (nxw === 'prior') {
      const to = sc.tok(nx!.e);
      if (to && to.w === 'to') {
        const r = relTail(sc, s, to, unit, nLo, nHi, -1, approx);
        if (r && r.k === 'relative' && r.base) {
          r.e = r.base.e;
          return r;
        }
        return { k: 'relative', s, e: nx!.e, unit, nLo, nHi, dir: -1, approx, noInterval: true };
      }
    }
    return relTail(sc, s, nx!, unit, nLo, nHi, -1, approx);
  }
  if (pb && pb.w === 'in' && pb.s >= sc.lastEnd && nxw !== 'of' && nxw !== 'when' && nxw !== 'which' && nxw !== 'that' && nxw !== 'where') {
    if (!strongNum && !approx && nLo === 1 && nxw && /^[a-z]/.test(nxw) && !sc.isClauseEnd(ue)) return null;
    return { k: 'relative', s: pb.s, e: ue, unit, nLo, nHi, dir: 1, approx };
  }
  // durations
  if ((strongNum && !(nLo === mult && p1w === 'one')) || half || (pb && pb.w === 'for')) {
    if (nxw === 'of' && !strongNum) return null;
    return { k: 'duration', s, e: ue };
  }
  return null;
}

/** "n units and a half" (n already multiplied by `mult` days) as counts of the next finer unit. */
function halfUnit(unit: Unit, mult: number, nLo: number, nHi: number): [Unit, number, number] {
  switch (unit) {
    case 'decade':
      return ['year', nLo * 10 + 5, nHi * 10 + 5];
    case 'year':
      return ['month', nLo * 12 + 6, nHi * 12 + 6];
    case 'month':
      return ['day', nLo * 30 + 14, nHi * 31 + 16];
    case 'day':
      return ['day', nLo + Math.floor(mult / 2), nHi + Math.ceil(mult / 2)];
  }
}

/** Pronouns that open a clause after "after"/"before": the clause's event is the base. */
const EVENT_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'you']);

/** After "later"/"after"/"before": an explicit base date, or the previous mention. */
function relTail(sc: Scanner, s: number, cue: Tok, unit: Unit, nLo: number, nHi: number, dir: -1 | 1, approx: boolean): Cand {
  if (cue.w === 'after' || cue.w === 'before' || cue.w === 'to') {
    const saved = sc.lastEnd;
    sc.lastEnd = cue.e;
    let base: Cand | null = null;
    try {
      base = expr(sc, sc.ws(cue.e));
    } finally {
      sc.lastEnd = saved;
    }
    if (base && (base.k === 'pt' || base.k === 'range') && (base.k !== 'pt' || base.y !== undefined || base.t === 'day' || base.t === 'month')) {
      return { k: 'relative', s, e: base.e, unit, nLo, nHi, dir, approx, base };
    }
    // "the day after the congress", "a week before Lenin's death": counted from an event;
    // so are "a week after leaving Switzerland" and "a month after he left": not from the date before
    // ("The day before he had written" is the day before that date: "before" stands alone there).
    const nt = sc.tok(cue.e);
    const clause = nt && EVENT_SUBJECTS.has(nt.w) && !/^(?:the|that)\b/i.test(sc.text.slice(s, s + 5));
    if (nt && (DETERMINERS.has(nt.w) || isUpper(sc.text[nt.s]) || /^\p{Ll}{3,}ing$/u.test(nt.w) || clause)) return { k: 'relative', s, e: cue.e, unit, nLo, nHi, dir, approx, noInterval: true };
  }
  return { k: 'relative', s, e: cue.e, unit, nLo, nHi, dir, approx };
}

const GRAN_RANK: Record<Granularity, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, century: 5 };
export const UNIT_GRAN: Record<Unit, Granularity> = { day: 'day', month: 'month', year: 'year', decade: 'decade' };
/** Steps on the unit ladder (a season counts as a month); see the conventions above. */
const LADDER: Record<Granularity, number> = { day: 0, month: 1, season: 1, year: 2, decade: 3, century: 4 };

/** Day `day` moved by n units (months and years keep the day, clamped to the month). */
function shiftUnit(day: number, unit: Unit, n: number): number {
  if (unit === 'day') return day + n;
  const c = civilFromDays(day);
  const months = unit === 'month' ? n : unit === 'year' ? n * 12 : n * 120;
  const total = c.y * 12 + c.m - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(c.d, daysInMonth(y, m)));
}

/** The unit-sized period (day, month, year, decade) containing `day`. */
function unitBounds(day: number, unit: Unit): [number, number] {
  const c = civilFromDays(day);
  switch (unit) {
    case 'day':
      return [day, day];
    case 'month':
      return monthBounds(c.y, c.m);
    case 'year':
      return yearBounds(c.y);
    case 'decade': {
      const y0 = c.y - (((c.y % 10) + 10) % 10);
      return [daysFromCivil(y0, 1, 1), daysFromCivil(y0 + 9, 12, 31)];
    }
  }
}

/** "about two years later": the count widened by a quarter (at least one unit). */
function approxCount(r: Rel): [number, number] {
  if (!r.approx) return [r.nLo, r.nHi];
  const d = Math.max(1, Math.round(r.nHi / 4));
  return [Math.max(0, r.nLo - d), r.nHi + d];
}

/** A relative expression placed against its base interval, or null if the base is too coarse. */
export function relativeInterval(
  base: { lo: number; hi: number; g: Granularity },
  r: Rel,
): [number, number, Granularity] | null {
  const g = UNIT_GRAN[r.unit];
  if (GRAN_RANK[base.g] > GRAN_RANK.year && r.unit !== 'decade') return null;
  if (LADDER[base.g] - LADDER[g] >= 2) return null; // "a few days later" after "1921"
  let lo: number;
  let hi: number;
  if (GRAN_RANK[base.g] > GRAN_RANK[g]) {
    // base coarser than the unit: shift it whole
    if (r.dir === 0) [lo, hi] = [base.lo, base.hi];
    else {
      const [nLo, nHi] = approxCount(r);
      lo = shiftUnit(base.lo, r.unit, r.dir * (r.dir > 0 ? nLo : nHi));
      hi = shiftUnit(base.hi, r.unit, r.dir * (r.dir > 0 ? nHi : nLo));
    }
    return [lo, hi, base.g];
  }
  const [nLo, nHi] = approxCount(r);
  if (r.dir === 0) {
    [lo, hi] = unitBounds(base.lo, r.unit);
  } else if (r.dir > 0) {
    lo = unitBounds(shiftUnit(base.hi, r.unit, nLo), r.unit)[0];
    hi = unitBounds(shiftUnit(base.hi, r.unit, nHi), r.unit)[1];
  } else {
    lo = unitBounds(shiftUnit(base.lo, r.unit, -nHi), r.unit)[0];
    hi = unitBounds(shiftUnit(base.lo, r.unit, -nLo), r.unit)[1];
  }
  return [lo, hi, g];
}
