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

import type { Granularity } from '../types';
import { civilFromDays, daysFromCivil, daysInMonth, monthBounds, yearBounds } from './calendar';
import { DETERMINERS, MONTH_RE, NUMBER_WORDS, SEASONS, UNIT_WORDS, WEEKDAYS, table } from './lexicon';
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
export function relativeAt(sc: Scanner, us: number, ue: number, unitW: Unit | 'week' | 'fortnight'): Cand | null {
  const text = sc.text;
  if (us > 0 && (text[us - 1] === '-' || text[us - 1] === "'" || text[us - 1] === '\u2019')) return null; // five-year plan
  const word = text.slice(us, ue).toLowerCase();
  const plural = word.endsWith('s');
  let unit: Unit = unitW === 'week' || unitW === 'fortnight' ? 'day' : unitW;
  const mult = unitW === 'week' ? 7 : unitW === 'fortnight' ? 14 : 1;
  const p1 = sc.prev(us);
  if (!p1 || p1.s < sc.lastEnd) return null;
  const nx = sc.tok(ue);
  const nxw = nx ? nx.w : '';

  // the next day / the following year / the same day
  if (!plural && p1.w in DIR) {
    const p2 = sc.prev(p1.s);
    if (p2 && p2.w === 'the' && p2.s >= sc.lastEnd) {
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
    return { k: 'relative', s: p1.s, e: ue, unit, nLo: 0, nHi: 0, dir: 0, approx: false };
  }
  // counts: "two years", "a few days", "several weeks", "3 months"
  let nLo = 0;
  let nHi = 0;
  let s = p1.s;
  let hasNum = false;
  let strongNum = false;
  if (/^\d{1,3}$/.test(p1.w)) {
    nLo = nHi = parseInt(p1.w, 10);
    hasNum = strongNum = true;
  } else if (p1.w in NUMBER_WORDS) {
    nLo = nHi = NUMBER_WORDS[p1.w];
    hasNum = true;
    strongNum = p1.w !== 'a' && p1.w !== 'an';
    // "twenty-five"
  } else if (p1.w === 'few' || p1.w === 'several' || p1.w === 'many') {
    if (p1.w === 'many') return null;
    [nLo, nHi] = p1.w === 'few' ? [2, 5] : [3, 7];
    hasNum = true;
    const p2 = sc.prev(p1.s);
    if (p1.w === 'few' && p2 && p2.w === 'a') s = p2.s;
    else if (p1.w === 'few') return null; // "few years" ≈ not many
  } else if (p1.w === 'of') {
    const p2 = sc.prev(p1.s);
    const p3 = p2 && sc.prev(p2.s);
    if (p2 && p2.w === 'couple' && p3 && p3.w === 'a') {
      nLo = nHi = 2;
      hasNum = true;
      s = p3.s;
    } else return null;
  } else if (p1.w === 'half' ) {
    return null;
  }
  if (!hasNum) return null;
  if (!plural && nHi > 1) return null; // "two year" is a typo or an adjective
  if (s < sc.lastEnd) return null;
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
  if (nxw === 'old' || nxw === 'younger' || nxw === 'older' || nxw === 'senior' || nxw === 'junior') return null;
  if (nxw === 'later' || nxw === 'afterwards' || nxw === 'afterward' || nxw === 'after' || nxw === 'on' && sc.isClauseEnd(nx!.e)) {
    return relTail(sc, s, nx!, unit, nLo, nHi, 1, approx);
  }
  if (nxw === 'earlier' || nxw === 'before' || nxw === 'previously' || nxw === 'prior' || nxw === 'ago') {
    if (nxw === 'ago') return { k: 'relative', s, e: nx!.e, unit, nLo, nHi, dir: -1, approx, noInterval: true };
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
  if ((strongNum && !(nLo === mult && p1.w === 'one')) || (pb && pb.w === 'for')) {
    if (nxw === 'of' && !strongNum) return null;
    return { k: 'duration', s, e: ue };
  }
  return null;
}

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
    // "the day after the congress", "a week before Lenin's death": counted from an event
    const nt = sc.tok(cue.e);
    if (nt && (DETERMINERS.has(nt.w) || isUpper(sc.text[nt.s]))) return { k: 'relative', s, e: cue.e, unit, nLo, nHi, dir, approx, noInterval: true };
  }
  return { k: 'relative', s, e: cue.e, unit, nLo, nHi, dir, approx };
}

const GRAN_RANK: Record<Granularity, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, century: 5 };
export const UNIT_GRAN: Record<Unit, Granularity> = { day: 'day', month: 'month', year: 'year', decade: 'decade' };

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
