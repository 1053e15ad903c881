// The grammar's internal parse representation (points, ranges, relative
// expressions, durations, sets) and what a parsed point means as a closed day
// interval: period bounds, parts of periods, Easter, qualifiers. Grammar modules
// build these values; discourse.ts and relative.ts turn them into intervals.
//
// Conventions (all intervals are closed day intervals, proleptic Gregorian,
// astronomical years; see calendar.ts and edtf.ts):
//
// * Parts of a period, by thirds: early / mid / late =
//     year:    Jan–Apr / May–Aug / Sep–Dec          (qualifier early/mid/late)
//     month:   days 1–10 / 11–20 / 21–end
//     season:  its 1st / 2nd / 3rd month
//     decade:  0–3 / 4–6 / 7–9                       ("early 1920s" = 1920–1923)
//     century: 00–33 / 34–66 / 67–99                 ("late 19th century" = 1867–1899)
//   beginning/start/end/close = first / last quarter (year: Jan–Mar / Oct–Dec;
//   decade: 3 years; century: 25 years; month: days 1–10 / 21–end), qualifier
//   early / late; "middle of" = mid; first / second (latter) half = halves, qualifier
//   early / late.

import type { DateQualifier, Granularity } from '../types';
import { civilFromDays, dayToIso, daysFromCivil, daysInMonth, isValidCivil, monthBounds, yearBounds } from './calendar';
import { approximationGrain, seasonBounds, toEdtf, widenApproximate } from './edtf';

export type PartKind = 'early' | 'mid' | 'late' | 'begin' | 'end' | 'half1' | 'half2' | 'week1' | 'week2' | 'week3' | 'week4' | 'weekLast';
export type PtType = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

export interface Pt {
  k: 'pt';
  s: number;
  e: number;
  t: PtType;
  /** Astronomical year; undefined when the text leaves it to the discourse. */
  y?: number;
  m?: number;
  d?: number;
  season?: number; // 21..24
  /** "the thirties": decade within an unknown century. */
  decadeShort?: number;
  part?: PartKind;
  approx?: boolean;
  cal?: 'julian' | 'gregorian';
  /** A bare year written in parentheses, "(1931)". */
  paren?: boolean;
  /** A bare 4-digit year (candidate for "1920-21"). */
  bareYear?: boolean;
  /** Bare month/season accepted only if part of a range. */
  needsPartner?: boolean;
  /** Written "the 4th of January" (may take "the"). */
  viaOf?: boolean;
  /** Easter Sunday of the year (m/d computed per year), or a feast counted from it by `easterOffset` days. */
  easter?: boolean;
  /** Days from Easter Sunday: Good Friday −2, Easter Monday 1, Whit Sunday 49, Whit Monday 50. */
  easterOffset?: number;
  /** A season "of early/mid/late Y" (see named.ts); early winter is the one ending in Y. */
  ofYearPart?: 'early' | 'mid' | 'late';
  /** The weekday written with a day ("Wednesday, 16 March"), 0 = Monday: it tells which year a text that leaves it out means. */
  weekday?: number;
}

export interface Rng {
  k: 'range';
  s: number;
  e: number;
  a: Pt;
  b: Pt;
  cal?: 'julian' | 'gregorian';
}

export type Unit = 'day' | 'month' | 'year' | 'decade';

export interface Rel {
  k: 'relative';
  s: number;
  e: number;
  unit: Unit;
  nLo: number;
  nHi: number;
  dir: -1 | 0 | 1;
  approx: boolean;
  base?: Pt | Rng; // an explicit date the expression counts from
  noInterval?: boolean;
  /** "yesterday", "today", "on Monday": counted only from a dateline, the day the text was written. */
  deictic?: boolean;
  /** "five days ago": a count back from the day of writing, which only a dateline gives. */
  ago?: boolean;
  /** "on Monday" (0 = Monday): the last such day on or before the dateline's ("next Monday": the first after it). */
  weekday?: number;
}

export interface Duration {
  k: 'duration';
  s: number;
  e: number;
}
export interface SetExpr {
  k: 'set';
  s: number;
  e: number;
}
export type Other = Duration | SetExpr;

export type Cand = Pt | Rng | Rel | Other;

/** What the caller of a point parser allows or has already consumed. */
export interface PointCtx {
  /** A bare month/season may stand if a range partner follows ("March–May"). */
  partner?: boolean;
  /** The second end of a range: cues are not needed. */
  inRange?: boolean;
  /** Inside a larger expression ("early …", "c. …", "that …"). */
  inner?: boolean;
  /** Directly after "the" ("the 1920s", "the 30's"). */
  afterThe?: boolean;
}

// ---------------------------------------------------------------------------
// Interval semantics.

/** The year a point states itself (decades and centuries do not count). */
export function explicitY(p: Pt): number | undefined {
  if (p.y === undefined || p.t === 'decade' || p.t === 'century') return undefined;
  return p.y;
}

/** EDTF-style qualifiers of a point: approximate, early / mid / late. */
export function qualifiersOf(p: Pt): DateQualifier[] {
  const q: DateQualifier[] = [];
  if (p.approx) q.push('approximate');
  switch (p.part) {
    case 'early':
    case 'begin':
    case 'half1':
    case 'week1':
      q.push('early');
      break;
    case 'mid':
    case 'week2':
    case 'week3':
      q.push('mid');
      break;
    case 'late':
    case 'end':
    case 'half2':
    case 'week4':
    case 'weekLast':
      q.push('late');
      break;
  }
  return q;
}

/** Day bounds of a point for a given year, with parts applied; null if invalid. */
export function ptBounds(p: Pt, y: number): [number, number] | null {
  let lo: number;
  let hi: number;
  if (p.easter) {
    const [em, ed] = easterDate(y);
    if (p.easterOffset) {
      const day = daysFromCivil(y, em, ed) + p.easterOffset;
      return [day, day];
    }
    p = { ...p, m: em, d: ed };
  }
  switch (p.t) {
    case 'day':
      if (p.m === undefined || p.d === undefined || !isValidCivil(y, p.m, p.d)) return null;
      lo = hi = daysFromCivil(y, p.m, p.d);
      return [lo, hi];
    case 'month':
      [lo, hi] = monthBounds(y, p.m!);
      break;
    case 'season':
      [lo, hi] = seasonBounds(p.season === 24 && p.ofYearPart === 'early' ? y - 1 : y, p.season!);
      break;
    case 'year':
      [lo, hi] = yearBounds(y);
      break;
    case 'decade':
      lo = daysFromCivil(y, 1, 1);
      hi = daysFromCivil(y + 9, 12, 31);
      break;
    case 'century':
      lo = daysFromCivil(y, 1, 1);
      hi = daysFromCivil(y + 99, 12, 31);
      break;
  }
  if (p.part) [lo, hi] = applyPart(p.t, lo, p.part);
  return [lo, hi];
}

/** Easter Sunday as written: Gregorian computus from 1583, Julian before. */
function easterDate(y: number): [number, number] {
  if (y < 1583) {
    const a = ((y % 4) + 4) % 4;
    const b = ((y % 7) + 7) % 7;
    const c = ((y % 19) + 19) % 19;
    const d = (19 * c + 15) % 30;
    const e = (((2 * a + 4 * b - d + 34) % 7) + 7) % 7;
    const f = d + e + 114;
    return [Math.floor(f / 31), (f % 31) + 1];
  }
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** Narrow the period starting at day `lo` to a part (see the conventions above). */
function applyPart(t: PtType, lo: number, part: PartKind): [number, number] {
  if (t === 'month') {
    const c = civilFromDays(lo);
    const n = daysInMonth(c.y, c.m);
    const r: Record<PartKind, [number, number]> = {
      early: [1, 10], begin: [1, 10], mid: [11, 20], late: [21, n], end: [21, n], half1: [1, 15], half2: [16, n],
      week1: [1, 7], week2: [8, 14], week3: [15, 21], week4: [22, 28], weekLast: [n - 6, n],
    };
    const [a, b] = r[part];
    return [lo + a - 1, lo + b - 1];
  }
  // A week of a longer period ("the first week of 1924") reads as the part of it that holds the week: wider, never narrower.
  if (part === 'week1') part = 'begin';
  else if (part === 'weekLast') part = 'end';
  else if (part === 'week2' || part === 'week3' || part === 'week4') part = 'early';
  const byMonth = t === 'year' || t === 'season';
  const a = civilFromDays(lo);
  const n = byMonth ? (t === 'year' ? 12 : 3) : t === 'decade' ? 10 : 100;
  let i0: number;
  let i1: number;
  switch (part) {
    case 'early':
      [i0, i1] = [0, Math.ceil(n / 3) - 1];
      break;
    case 'late':
      [i0, i1] = [n - Math.floor(n / 3), n - 1];
      break;
    case 'mid':
      [i0, i1] = [Math.ceil(n / 3), n - Math.floor(n / 3) - 1];
      break;
    case 'begin':
      [i0, i1] = [0, Math.ceil(n / 4) - 1];
      break;
    case 'end':
      [i0, i1] = [n - Math.ceil(n / 4), n - 1];
      break;
    case 'half1':
      [i0, i1] = [0, Math.ceil(n / 2) - 1];
      break;
    case 'half2':
      [i0, i1] = [Math.ceil(n / 2), n - 1];
      break;
  }
  if (byMonth) {
    const m0 = a.y * 12 + a.m - 1 + i0;
    const m1 = a.y * 12 + a.m - 1 + i1;
    const y0 = Math.floor(m0 / 12);
    const y1 = Math.floor(m1 / 12);
    return [monthBounds(y0, m0 - y0 * 12 + 1)[0], monthBounds(y1, m1 - y1 * 12 + 1)[1]];
  }
  return [daysFromCivil(a.y + i0, 1, 1), daysFromCivil(a.y + i1, 12, 31)];
}

/**
 * The interval of a point or range, with `year` for the ends that have none
 * (ranges: a missing year is taken from the other end, stepping a year when the
 * start would fall after the end); null when it cannot be placed.
 */
export function resolveCand(c: Pt | Rng, year: number | undefined): { lo: number; hi: number; g: Granularity; q: DateQualifier[]; edtf?: string } | null {
  if (c.k === 'pt') {
    const y = c.y ?? (c.decadeShort !== undefined ? undefined : year);
    let r: [number, number] | null;
    if (c.decadeShort !== undefined) {
      const cent = year !== undefined ? year - (((year % 100) + 100) % 100) : 1900;
      r = ptBounds({ ...c, y: cent + c.decadeShort }, cent + c.decadeShort);
    } else {
      if (y === undefined) return null;
      r = ptBounds(c, y);
    }
    if (!r) return null;
    const g = c.t;
    const q = qualifiersOf(c);
    let [lo, hi] = r;
    if (c.approx) [lo, hi] = widenApproximate(lo, hi, approximationGrain(g, q));
    const res = { lo, hi, g, q, edtf: undefined as string | undefined };
    res.edtf = toEdtf({ interval: { earliest: dayToIso(lo), latest: dayToIso(hi) }, granularity: g, qualifiers: q });
    return res;
  }
  // ranges: fill missing years from the other end
  const a = { ...c.a };
  const b = { ...c.b };
  if (a.decadeShort !== undefined && b.decadeShort !== undefined) {
    // "the twenties to the thirties": both decades in the discourse's century
    return joinRange(resolveCand(a, year), resolveCand(b, year));
  }
  if (a.y === undefined && b.y === undefined) {
    if (year === undefined) return null;
    b.y = year;
  }
  if (a.y === undefined && b.y !== undefined) {
    a.y = b.y;
    const ra = ptBounds(a, a.y);
    const rb = ptBounds(b, b.y);
    if (ra && rb && ra[0] > rb[0]) a.y = b.y - 1;
  } else if (b.y === undefined && a.y !== undefined) {
    b.y = a.y;
    const ra = ptBounds(a, a.y);
    const rb = ptBounds(b, b.y);
    if (ra && rb && rb[0] < ra[0]) b.y = a.y + 1;
  }
  return joinRange(resolveCand(a, a.y), resolveCand(b, b.y));
}

type Resolved = { lo: number; hi: number; g: Granularity; q: DateQualifier[]; edtf?: string };

/** A range from its two resolved ends; null if either is missing or they are out of order. */
function joinRange(ra: Resolved | null, rb: Resolved | null): Resolved | null {
  if (!ra || !rb || ra.lo > rb.hi) return null;
  const order: Granularity[] = ['day', 'month', 'season', 'year', 'decade', 'century'];
  const g = order[Math.max(order.indexOf(ra.g), order.indexOf(rb.g))];
  const q: DateQualifier[] = [];
  for (const x of [...ra.q, ...rb.q]) if (!q.includes(x)) q.push(x);
  let edtf: string | undefined;
  // From the ends' own EDTF: the start's first date and the end's last, each with its own
  // qualifier ("late January to about 1923" = "1922-01-21/1923~"), so that it reads back exactly.
  if (ra.edtf && rb.edtf) edtf = `${ra.edtf.split('/')[0]}/${rb.edtf.split('/').pop()}`;
  else edtf = toEdtf({ interval: { earliest: dayToIso(ra.lo), latest: dayToIso(rb.hi) }, granularity: g, qualifiers: q });
  return { lo: ra.lo, hi: rb.hi, g, q, edtf };
}
