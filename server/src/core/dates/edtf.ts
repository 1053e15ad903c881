// EDTF (ISO 8601-2 / Extended Date/Time Format) for Clio.
//
// Conventions (Clio's own; the `edtf` package is used only to validate forms
// Clio does not read itself):
//
// * Intervals are closed day intervals, proleptic Gregorian, astronomical years
//   ("0000" = 1 BC, "-0043" = 44 BC).
// * Seasons (codes 21–24) are Northern-hemisphere meteorological seasons, NOT
//   quarters: 21 spring = Mar–May of Y, 22 summer = Jun–Aug, 23 autumn = Sep–Nov,
//   24 winter = 1 Dec of Y – end of Feb of Y+1. (The `edtf` package reads 21–24 as
//   quarters; Clio does not.) Codes 25–41 are read via the package.
// * Unspecified digits: "192X" = the decade 1920–1929, "19XX" = the century 1900–1999,
//   "-18XX" = the astronomical years -1899 to -1800 (the 19th century BC).
// * Approximation ("~", and "%") widens the interval; uncertainty ("?") does not:
//     day ±3 days, month ±15 days, season ±15 days, year ±2 years,
//     decade ±3 years, century ±15 years.
//   `toEdtf` narrows an approximate interval by the same amounts before writing it,
//   so parseEdtf(toEdtf(x)) gives back x's interval. A part of a period widens by
//   the unit its EDTF is written in ("c. early 1923" = "1923-01~/1923-04~": ±15
//   days, not ±2 years; see approximationGrain).
// * `toEdtf` picks the coarsest form that exactly covers the interval: a season
//   code, a decade/century mask (only when the granularity says so), a single
//   day/month/year, or an interval of years, months or days ("1928-01/1928-04").

import type { DateQualifier, DayInterval, Granularity } from '../types';
import {
  addMonths,
  civilFromDays,
  dayToIso,
  daysFromCivil,
  daysInMonth,
  formatIso,
  formatYear,
  formatYearMonth,
  isValidCivil,
  isoToDay,
} from './calendar';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const edtfLib: { default: (s: string) => { min: number; max: number }; parse: (s: string) => unknown } = require('edtf');

export interface EdtfSource {
  interval?: DayInterval;
  granularity?: Granularity;
  qualifiers?: readonly DateQualifier[];
}

export interface ParsedEdtf {
  interval: DayInterval;
  granularity: Granularity;
  qualifiers: DateQualifier[];
}

const DAY_MS = 86400000;

/** Widening applied to an approximate date, per granularity: [unit, amount]. */
function widening(g: Granularity): ['d' | 'm' | 'y', number] {
  switch (g) {
    case 'day':
      return ['d', 3];
    case 'month':
    case 'season':
      return ['d', 15];
    case 'year':
      return ['y', 2];
    case 'decade':
      return ['y', 3];
    case 'century':
      return ['y', 15];
  }
}

/** Move a day number by n of the widening unit (n may be negative). */
function shiftDay(day: number, unit: 'd' | 'm' | 'y', n: number): number {
  if (unit === 'd') return day + n;
  return isoToDay(addMonths(dayToIso(day), unit === 'm' ? n : n * 12));
}

/** Widen a day-number range for approximation ("c. 1850"). */
export function widenApproximate(lo: number, hi: number, g: Granularity): [number, number] {
  const [u, n] = widening(g);
  return [shiftDay(lo, u, -n), shiftDay(hi, u, n)];
}

export function narrowApproximate(lo: number, hi: number, g: Granularity): [number, number] {
  const [u, n] = widening(g);
  const a = shiftDay(lo, u, n);
  const b = shiftDay(hi, u, -n);
  return a <= b ? [a, b] : [lo, hi];
}

function isMonthStart(day: number): boolean {
  return civilFromDays(day).d === 1;
}
function isMonthEnd(day: number): boolean {
  const c = civilFromDays(day);
  return c.d === daysInMonth(c.y, c.m);
}
function isYearStart(day: number): boolean {
  const c = civilFromDays(day);
  return c.m === 1 && c.d === 1;
}
function isYearEnd(day: number): boolean {
  const c = civilFromDays(day);
  return c.m === 12 && c.d === 31;
}

/** Season code (21–24) and year if [lo, hi] is exactly one meteorological season. */
function seasonOf(lo: number, hi: number): [number, number] | undefined {
  const a = civilFromDays(lo);
  if (a.d !== 1 || !isMonthEnd(hi)) return undefined;
  const b = civilFromDays(hi);
  if (a.m === 3 && b.y === a.y && b.m === 5) return [a.y, 21];
  if (a.m === 6 && b.y === a.y && b.m === 8) return [a.y, 22];
  if (a.m === 9 && b.y === a.y && b.m === 11) return [a.y, 23];
  if (a.m === 12 && b.y === a.y + 1 && b.m === 2) return [a.y, 24];
  return undefined;
}

export function seasonBounds(y: number, code: number): [number, number] {
  switch (code) {
    case 21:
      return [daysFromCivil(y, 3, 1), daysFromCivil(y, 5, 31)];
    case 22:
      return [daysFromCivil(y, 6, 1), daysFromCivil(y, 8, 31)];
    case 23:
      return [daysFromCivil(y, 9, 1), daysFromCivil(y, 11, 30)];
    default:
      return [daysFromCivil(y, 12, 1), daysFromCivil(y + 1, 2, daysInMonth(y + 1, 2))];
  }
}

/** Coarsest exact EDTF for a day range, without qualifiers. */
function formatRange(lo: number, hi: number, g: Granularity | undefined): string {
  const a = civilFromDays(lo);
  const b = civilFromDays(hi);
  if (g === 'season') {
    const s = seasonOf(lo, hi);
    if (s) return `${formatYear(s[0])}-${s[1]}`;
  }
  if (isYearStart(lo) && isYearEnd(hi)) {
    if (g === 'decade' && a.y >= 0 && a.y % 10 === 0 && b.y === a.y + 9) return formatYear(a.y).slice(0, 3) + 'X';
    if (g === 'century' && a.y >= 0 && a.y % 100 === 0 && b.y === a.y + 99) return formatYear(a.y).slice(0, 2) + 'XX';
    // Before the era, astronomical years count down: the 19th century BC is -1899 to -1800, "-18XX".
    if (g === 'decade' && b.y < 0 && b.y % 10 === 0 && a.y === b.y - 9) return formatYear(b.y).slice(0, 4) + 'X';
    if (g === 'century' && b.y < 0 && b.y % 100 === 0 && a.y === b.y - 99) return formatYear(b.y).slice(0, 3) + 'XX';
    if (a.y === b.y) return formatYear(a.y);
    return `${formatYear(a.y)}/${formatYear(b.y)}`;
  }
  if (isMonthStart(lo) && isMonthEnd(hi)) {
    if (a.y === b.y && a.m === b.m) return formatYearMonth(a.y, a.m);
    return `${formatYearMonth(a.y, a.m)}/${formatYearMonth(b.y, b.m)}`;
  }
  if (lo === hi) return formatIso(a.y, a.m, a.d);
  return `${formatIso(a.y, a.m, a.d)}/${formatIso(b.y, b.m, b.d)}`;
}

/**
 * EDTF for a mention-like value: its interval, granularity and qualifiers.
 * Returns undefined when there is no interval.
 */
/**
 * The unit approximation widens by. A part of a period ("c. early 1923") is
 * written in EDTF in the finer unit ("1923-01~/1923-04~"), so it widens by that
 * unit, and its EDTF reads back to the same interval.
 */
export function approximationGrain(g: Granularity, qualifiers?: readonly DateQualifier[]): Granularity {
  if (!qualifiers?.some((q) => q === 'early' || q === 'mid' || q === 'late')) return g;
  return g === 'century' || g === 'decade' ? 'year' : g === 'year' || g === 'season' ? 'month' : 'day';
}

export function toEdtf(x: EdtfSource): string | undefined {
  if (!x.interval) return undefined;
  let lo = isoToDay(x.interval.earliest);
  let hi = isoToDay(x.interval.latest);
  const g = x.granularity;
  const approx = !!x.qualifiers?.includes('approximate');
  const uncertain = !!x.qualifiers?.includes('uncertain');
  if (approx && g) [lo, hi] = narrowApproximate(lo, hi, approximationGrain(g, x.qualifiers));
  let s = formatRange(lo, hi, g);
  const q = approx && uncertain ? '%' : approx ? '~' : uncertain ? '?' : '';
  if (q) s = s.includes('/') ? s.split('/').map((p) => p + q).join('/') : s + q;
  return s;
}

/** EDTF for a range from two endpoint EDTF strings ("1920-12/1921-21"). */
export function edtfInterval(a: string, b: string): string {
  return `${a}/${b}`;
}

// ---------------------------------------------------------------------------
// Parsing.

interface Part {
  lo: number;
  hi: number;
  g: Granularity;
  approx: boolean;
  uncertain: boolean;
}

const PART_RE = /^(-?)(\d{4}|\d{2}XX|\d{3}X)(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;
const Y_RE = /^Y(-?\d+)([~?%]?)$/;

function parsePart(s: string): Part | string {
  const ym = Y_RE.exec(s);
  if (ym) {
    const y = parseInt(ym[1], 10);
    const q = ym[2];
    return finishPart(daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31), 'year', q);
  }
  const m = PART_RE.exec(s);
  if (!m) return `unsupported form "${s}"`;
  const neg = m[1] === '-';
  const ys = m[2];
  const q = m[5];
  if (ys.includes('X')) {
    if (m[3]) return `unspecified year digits cannot take a month ("${s}")`;
    const base = parseInt(ys.replace(/X/g, '0'), 10);
    const century = ys.endsWith('XX');
    const span = century ? 99 : 9;
    // "-18XX": the years -1899 to -1800, the masked digits counting away from zero.
    const [first, last] = neg ? [-base - span, -base] : [base, base + span];
    if (neg && base === 0) return `"${s}" reaches year zero`;
    return finishPart(daysFromCivil(first, 1, 1), daysFromCivil(last, 12, 31), century ? 'century' : 'decade', q);
  }
  const y = (neg ? -1 : 1) * parseInt(ys, 10);
  if (neg && y === 0) return '"-0000" is not a valid year';
  if (!m[3]) return finishPart(daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31), 'year', q);
  const mo = parseInt(m[3], 10);
  if (!m[4]) {
    if (mo >= 1 && mo <= 12) {
      return finishPart(daysFromCivil(y, mo, 1), daysFromCivil(y, mo, daysInMonth(y, mo)), 'month', q);
    }
    if (mo >= 21 && mo <= 24) {
      const [lo, hi] = seasonBounds(y, mo);
      return finishPart(lo, hi, 'season', q);
    }
    return libPart(s);
  }
  const d = parseInt(m[4], 10);
  if (!isValidCivil(y, mo, d)) return `no such day "${s}"`;
  const day = daysFromCivil(y, mo, d);
  return finishPart(day, day, 'day', q);
}

function finishPart(lo: number, hi: number, g: Granularity, q: string): Part {
  const approx = q === '~' || q === '%';
  const uncertain = q === '?' || q === '%';
  if (approx) [lo, hi] = widenApproximate(lo, hi, g);
  return { lo, hi, g, approx, uncertain };
}

/** Forms Clio does not read itself (sub-year groupings 25–41, level 2): ask the package. */
function libPart(s: string): Part | string {
  try {
    const v = edtfLib.default(s);
    const lo = Math.floor(v.min / DAY_MS);
    const hi = Math.floor(v.max / DAY_MS);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return `open or unbounded date "${s}"`;
    return { lo, hi, g: 'month', approx: /[~%]/.test(s), uncertain: /[?%]/.test(s) };
  } catch (e) {
    return (e as Error).message.split('\n')[0] || `invalid EDTF "${s}"`;
  }
}

const GRAN_ORDER: Granularity[] = ['day', 'month', 'season', 'year', 'decade', 'century'];

/** Read an EDTF date (as found in the register) into a day interval. */
export function parseEdtf(text: string): ParsedEdtf | { error: string } {
  const s = text.trim();
  if (!s) return { error: 'empty date' };
  const pieces = s.split('/');
  if (pieces.length > 2) return { error: 'too many "/"' };
  const parts: Part[] = [];
  for (const p of pieces) {
    if (p === '' || p === '..') return { error: 'open intervals have no bounds' };
    const r = parsePart(p);
    if (typeof r === 'string') return { error: r };
    parts.push(r);
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first.lo > last.hi) return { error: 'interval ends before it starts' };
  const lo = first.lo;
  const hi = parts.length === 2 ? last.hi : first.hi;
  const qualifiers: DateQualifier[] = [];
  if (parts.some((p) => p.approx)) qualifiers.push('approximate');
  if (parts.some((p) => p.uncertain)) qualifiers.push('uncertain');
  const granularity = parts.length === 2 ? GRAN_ORDER[Math.max(GRAN_ORDER.indexOf(first.g), GRAN_ORDER.indexOf(last.g))] : first.g;
  return { interval: { earliest: dayToIso(lo), latest: dayToIso(hi) }, granularity, qualifiers };
}

/** True when the `edtf` package accepts the string (any level). */
export function isValidEdtf(text: string): boolean {
  try {
    edtfLib.parse(text);
    return true;
  } catch {
    return false;
  }
}
