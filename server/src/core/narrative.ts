// A source's narrative span: the years its dates cluster in. A date far outside
// it ("2017" among dates from 1905 to 1930) is probably a typo, and the likely
// intended year is a slip of the pen away inside the cluster.

import { sentenceSpans } from './text';
import type { DateMention, DayInterval, Span } from './types';

export interface DateOutlier {
  date: DateMention;
  /** The year the writer probably meant, if a slip of the pen explains it. */
  suggestion?: number;
  /** The narrative's core years, for the message. */
  range: [number, number];
}

/** What the editor and `clio check` say of an outlier. */
export function outlierMessage(o: DateOutlier): string {
  const [lo, hi] = o.range;
  return `"${o.date.text}" lies far outside the other dates in this text (mostly ${lo}–${hi}).${o.suggestion ? ` Did you mean ${o.suggestion}?` : ''}`;
}

/** Words that show a date is about the text itself (its writing, publication, translation), not its story. */
const META = /\b(publish\w*|publication|copyright|posted|translat\w*|version|edition|added|written|wrote|prepared|presented|updated|revised|reprinted|©)\b/i;
const MIN_DATES = 8;

function year(iso: string): number {
  return parseInt(iso, 10);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/**
 * Dates whose year lies far outside the narrative of the text. Dates about the
 * text itself (in a sentence about publication, near its date of writing, or in
 * brackets, where citations live) neither shape the narrative nor get flagged.
 */
export function narrativeOutliers(text: string, dates: DateMention[], written?: DayInterval): DateOutlier[] {
  const sentences = sentenceSpans(text);
  const sentenceOf = (d: Span) => sentences.find((s) => s.start <= d.start && d.start < s.end);
  const candidates = dates.filter((d) => {
    if (!d.interval || d.implied || d.kind === 'relative' || d.kind === 'duration' || d.kind === 'set') return false;
    if (d.granularity === 'decade' || d.granularity === 'century') return false;
    if (inBrackets(text, d)) return false;
    if (written && year(d.interval.latest) >= year(written.earliest) - 1 && year(d.interval.earliest) <= year(written.latest) + 1) return false;
    const s = sentenceOf(d);
    return !(s && META.test(text.slice(s.start, s.end)));
  });
  if (candidates.length < MIN_DATES) return [];
  const years = candidates.map((d) => year(d.interval!.earliest)).sort((a, b) => a - b);
  const lo = quantile(years, 0.1);
  const hi = quantile(years, 0.9);
  const margin = Math.max(25, 2 * (quantile(years, 0.75) - quantile(years, 0.25)));
  const out: DateOutlier[] = [];
  for (const d of candidates) {
    const y = year(d.interval!.earliest);
    if (y >= lo - margin && y <= hi + margin) continue;
    out.push({ date: d, suggestion: likelyYear(y, lo, hi), range: [lo, hi] });
  }
  return out;
}

/**
 * The year within [lo, hi] that a slip of the pen explains, tried in order of
 * likelihood: two neighbouring digits swapped (1972 → 1927), the wrong century
 * (2017 → 1917), one digit changed (1937 → 1927). Within a kind, the year
 * nearest the middle of the narrative wins.
 */
function likelyYear(y: number, lo: number, hi: number): number | undefined {
  const s = String(y);
  const swaps: number[] = [];
  const centuries: number[] = [];
  const digits: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) swaps.push(Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)));
  for (let c = Math.floor(lo / 100); c <= Math.floor(hi / 100); c++) centuries.push(c * 100 + (y % 100));
  for (let i = 0; i < s.length; i++) for (let k = 0; k <= 9; k++) digits.push(Number(s.slice(0, i) + k + s.slice(i + 1)));
  const mid = (lo + hi) / 2;
  for (const kind of [swaps, centuries, digits]) {
    const fits = kind.filter((o) => o !== y && o >= lo && o <= hi).sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid));
    if (fits.length) return fits[0];
  }
  return undefined;
}

function inBrackets(text: string, d: Span): boolean {
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('['));
  return open >= 0 && !/[)\]]/.test(before.slice(open));
}
