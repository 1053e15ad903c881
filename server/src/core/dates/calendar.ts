// Day arithmetic for Clio's date engine.
//
// Day numbers are integers counting days from 1970-01-01 (proleptic Gregorian),
// computed with Howard Hinnant's days_from_civil / civil_from_days algorithms.
// Years are astronomical everywhere: year 0 is 1 BC, year -43 is 44 BC. This
// module is the ONE place where BC/AD numbering is converted (see `bcToAstronomical`,
// `astronomicalToBc`, `toTeiYear`).

import type { DayInterval, Granularity } from '../types';

export interface Civil {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

/** Proleptic Gregorian date → day number (days since 1970-01-01). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const mp = (m + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** Day number → proleptic Gregorian date. */
export function civilFromDays(z: number): Civil {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

export function isValidCivil(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}

/** Astronomical year as ISO 8601 / EDTF writes it: "1923", "0000" (1 BC), "-0043" (44 BC), "+12000". */
export function formatYear(y: number): string {
  if (y < 0) return '-' + pad(-y, 4);
  if (y > 9999) return '+' + String(y);
  return pad(y, 4);
}

export function formatIso(y: number, m: number, d: number): string {
  return `${formatYear(y)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function formatYearMonth(y: number, m: number): string {
  return `${formatYear(y)}-${pad(m, 2)}`;
}

/** Day number → ISO calendar date ("1917-11-07", "-0043-03-15"). */
export function dayToIso(day: number): string {
  const c = civilFromDays(day);
  return formatIso(c.y, c.m, c.d);
}

const ISO_RE = /^([+-]?\d{4,})-(\d{2})-(\d{2})$/;

/** Parse an ISO calendar date (astronomical years, optional sign) into its fields; undefined if malformed or invalid. */
export function parseIso(iso: string): Civil | undefined {
  const m = ISO_RE.exec(iso);
  if (!m) return undefined;
  const y = parseInt(m[1], 10);
  const mo = parseInt(m[2], 10);
  const d = parseInt(m[3], 10);
  return isValidCivil(y, mo, d) ? { y, m: mo, d } : undefined;
}

/** ISO calendar date → day number. Throws on malformed input. */
export function isoToDay(iso: string): number {
  const c = parseIso(iso);
  if (!c) throw new Error(`Not an ISO date: ${iso}`);
  return daysFromCivil(c.y, c.m, c.d);
}

export function compareIso(a: string, b: string): number {
  return isoToDay(a) - isoToDay(b);
}

export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return isoToDay(a.earliest) <= isoToDay(b.latest) && isoToDay(b.earliest) <= isoToDay(a.latest);
}

export function intervalFromDays(lo: number, hi: number): DayInterval {
  return { earliest: dayToIso(lo), latest: dayToIso(hi) };
}

export function addDays(iso: string, n: number): string {
  return dayToIso(isoToDay(iso) + n);
}

/** Add calendar months; the day is clamped to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, n: number): string {
  const c = parseIso(iso);
  if (!c) throw new Error(`Not an ISO date: ${iso}`);
  const total = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatIso(y, m, Math.min(c.d, daysInMonth(y, m)));
}

export function addYears(iso: string, n: number): string {
  return addMonths(iso, n * 12);
}

/** Day numbers of the first and last day of a month / year. */
export function monthBounds(y: number, m: number): [number, number] {
  return [daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m))];
}
export function yearBounds(y: number): [number, number] {
  return [daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)];
}

// ---------------------------------------------------------------------------
// Julian calendar.

/** Julian calendar date → day number (same day count as `daysFromCivil`). */
export function daysFromJulian(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const jdn = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
  return jdn - 2440588;
}

/** Day number → Julian calendar date. */
export function julianFromDays(day: number): Civil {
  const jdn = day + 2440588;
  const c = jdn + 32082;
  const d4 = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d4) / 4);
  const m5 = Math.floor((5 * e + 2) / 153);
  const d = e - Math.floor((153 * m5 + 2) / 5) + 1;
  const m = m5 + 3 - 12 * Math.floor(m5 / 10);
  const y = d4 - 4800 + Math.floor(m5 / 10);
  return { y, m, d };
}

/**
 * Days the Julian calendar lags behind the Gregorian on this (physical) day:
 * 10 in 1582–1700, 11 in 1700–1800, 12 in 1800–1900, 13 in 1900–2100 (changing on Julian 29 Feb of century years).
 */
export function julianOffset(day: number): number {
  const j = julianFromDays(day);
  return day - daysFromCivil(j.y, j.m, j.d);
}

/**
 * `day` is a day number whose proleptic-Gregorian civil fields (y-m-d) are a date
 * *as written in the Julian calendar*; returns the day number of the same physical
 * day, i.e. its Gregorian reading. (Julian 29 February of a Gregorian common century
 * year cannot be written this way; use `daysFromJulian` for it.)
 */
export function julianToGregorian(day: number): number {
  const c = civilFromDays(day);
  return daysFromJulian(c.y, c.m, c.d);
}

/**
 * Inverse of `julianToGregorian`: a physical day number → a day number whose civil
 * fields are the Julian calendar date of that day. Julian 29 February of a century
 * year (e.g. 1900) has no Gregorian field encoding; it maps to 1 March.
 */
export function gregorianToJulian(day: number): number {
  const j = julianFromDays(day);
  if (j.m === 2 && j.d === 29 && !isLeapYear(j.y)) return daysFromCivil(j.y, 3, 1);
  return daysFromCivil(j.y, j.m, j.d);
}

/** Convert an ISO date string between the calendars (fields as written). */
export function julianIsoToGregorianIso(iso: string): string {
  return dayToIso(julianToGregorian(isoToDay(iso)));
}
export function gregorianIsoToJulianIso(iso: string): string {
  return dayToIso(gregorianToJulian(isoToDay(iso)));
}

/**
 * Russia used the Julian calendar until 31 January 1918 (Julian) = 13 February 1918
 * (Gregorian); the next day was 14 February 1918 (Gregorian).
 */
export const russianCalendarSwitch = {
  lastJulianDay: '1918-01-31',
  lastJulianDayAsGregorian: '1918-02-13',
  firstGregorianDay: '1918-02-14',
} as const;

// ---------------------------------------------------------------------------
// BC/AD and TEI.

/** 44 (BC) → -43. */
export function bcToAstronomical(bcYear: number): number {
  return 1 - bcYear;
}
/** -43 → 44 (BC); only meaningful for y <= 0. */
export function astronomicalToBc(y: number): number {
  return 1 - y;
}

/**
 * TEI @when/@notBefore/@notAfter use XML Schema 1.0 dates, which have no year zero:
 * 1 BC is "-0001", 44 BC is "-0044". Input is an astronomical year.
 */
export function toTeiYear(y: number): string {
  if (y <= 0) return '-' + pad(1 - y, 4);
  return y > 9999 ? String(y) : pad(y, 4);
}

function teiDate(day: number): string {
  const c = civilFromDays(day);
  return `${toTeiYear(c.y)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;
}

/**
 * TEI dating attributes for an interval: `{when}` when the interval is exactly one
 * day / month / year (at the mention's granularity), otherwise `{notBefore, notAfter}`.
 */
export function teiAttributes(
  interval: DayInterval,
  granularity?: Granularity,
): { when?: string; notBefore?: string; notAfter?: string } {
  const lo = isoToDay(interval.earliest);
  const hi = isoToDay(interval.latest);
  const a = civilFromDays(lo);
  const b = civilFromDays(hi);
  if (lo === hi) return { when: teiDate(lo) };
  if (granularity !== 'day') {
    if (a.y === b.y && a.m === b.m && a.d === 1 && b.d === daysInMonth(b.y, b.m)) {
      return { when: `${toTeiYear(a.y)}-${pad(a.m, 2)}` };
    }
    if (a.y === b.y && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return { when: toTeiYear(a.y) };
  }
  return { notBefore: teiDate(lo), notAfter: teiDate(hi) };
}
