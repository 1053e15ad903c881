// The text model: line index, sentences, clauses and headings over a plain string.
// Offsets are UTF-16 code units throughout.

import type { Span } from './types';

export interface Position {
  line: number;
  character: number;
}

/** Maps offsets to line/character positions and back. Built once per text version. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const end = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, pos.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon',
  'vs', 'etc', 'cf', 'ibid', 'op', 'cit', 'ed', 'eds', 'trans', 'vol', 'vols', 'no', 'nos', 'p', 'pp',
  'ch', 'chap', 'fig', 'c', 'ca', 'approx', 'e.g', 'i.e', 'viz', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'o.s', 'n.s', 'a.d', 'b.c', 'mt', 'ft', 'esp',
]);

/**
 * Splits text into sentence spans. A sentence ends at . ! ? followed by space and
 * an upper-case letter, digit or quote, and at every blank line or line break
 * (headings and list items stand alone). Initials ("E. H. Carr") and common
 * abbreviations do not end a sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Swallow closing quotes and brackets that belong to this sentence.
    let j = i + 1;
    while (j < text.length && `"'”’)]`.includes(text[j])) j++;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    // (A sentence may open in Markdown emphasis: 'had failed." **AO:** Shorten it if you can.')
    if (k < text.length && text[k] !== '\n' && !/[\p{Lu}\d"'“‘(\[]/u.test(text[k]) && !/^[*_]{1,2}\p{Lu}/u.test(text.slice(k, k + 3))) continue;
    if (ch === '.' && isAbbreviationBefore(text, i)) continue;
    // A question and its answer are one statement: "Q. When did the Fifteenth Congress meet? A. From 2 to 19 December 1927."
    if (ch === '?' && /^(?:A[.:]|Ans(?:wer)?[.:])\s/.test(text.slice(k, k + 8))) continue;
    // A chronicle's entry opens with its date as a label: "14.XI.1927. Trotsky and Zinoviev expelled from the party."
    if (ch === '.' && DATE_LABEL.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) continue;
    // A bibliography's title and its imprint are one entry: "*Moya zhizn'* (My Life). Berlin: Granit, 1930, two volumes."
    if (ch === '.' && IMPRINT_AFTER.test(text.slice(k, k + 100))) continue;
    push(j);
    start = j;
  }
  push(text.length);
  return spans;
}

/** An imprint's place, colon and publisher, up to its year: "Berlin: Granit, ", "London: Thornton Butterworth, " (claims.ts dates editions by it). */
export const IMPRINT_PLACE_PUBLISHER = String.raw`\p{Lu}[\p{L}.'’ -]{1,30}:\s*[^,;:.()\n]{1,60},\s*`;
/** An imprint: a place, a colon, a publisher and a year ("Berlin: Granit, 1930", "London: Thornton Butterworth, 1930"). */
const IMPRINT_AFTER = new RegExp(String.raw`^${IMPRINT_PLACE_PUBLISHER}\d{4}\b`, 'u');

/** A line opening with a numeric date or a year alone, before its full stop. */
const DATE_LABEL = /^[ \t>*_#-]*(?:\d{1,2}[./](?:\d{1,2}|[IVX]{1,4})[./]\d{4}|\d{4})$/;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  // An ordinal's "st", "nd", "th" after its digits is no "St.": "in the evening of the 21st. Made 22 January".
  if (s > 0 && /\d/.test(text[s - 1])) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "E. H. Carr"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Clause boundaries inside a sentence: ; : — ( ) | and commas. Claim extraction
 * counts how many a date has to cross to reach an event mention.
 */
export function isClauseBoundary(ch: string): boolean {
  return ch === ';' || ch === ':' || ch === '—' || ch === '(' || ch === ')' || ch === ',' || ch === '|';
}

/** A footnote line: "¹ 18 Brumaire", "28 In this study…". */
const FOOTNOTE = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d+\s|\[\d+\]|\(\d+\))/;

/**
 * A heading is a short line on its own that does not end like a sentence, a
 * Markdown `#` line, or a numbered section title ("12. Lenin's death").
 */
export function headingSpans(text: string): Span[] {
  const result: Span[] = [];
  const re = /^[^\S\n]*(.+?)[^\S\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const line = m[1];
    const start = m.index + m[0].indexOf(line);
    const prevBlank = m.index === 0 || /\n\s*\n\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) || m.index <= 1;
    const nextIdx = m.index + m[0].length;
    const nextBlank = nextIdx >= text.length || /^\r?\n\s*(\n|$)/.test(text.slice(nextIdx, nextIdx + 4));
    if (/^#{1,6}\s+\S/.test(line)) {
      result.push({ start, end: start + line.length });
    } else if (line.length <= 90 && prevBlank && nextBlank && !/[.,;:!?]["'”’)]?$/.test(line) && /\p{L}/u.test(line) && !FOOTNOTE.test(line)) {
      result.push({ start, end: start + line.length });
    } else if (line.length <= 90 && /^\d{1,2}\.\s+\p{Lu}/u.test(line) && !/[.;:]$/.test(line)) {
      result.push({ start, end: start + line.length });
    }
  }
  return result;
}

/**
 * The opening of a list's or a bibliography's entry, as a pattern's source: a bullet (a dash of any
 * length, a star, a dot), a note's number, with a wiki's back-link caret after it ("2. ^ "), or a
 * container list's label ("Folder 3. ", "Folders 3–4. ", "Item 12: ").
 */
export const ENTRY_OPENER = String.raw`(?:[-–—*•·▪][ \t]+|\[?\d{1,3}[.\])]?[ \t]+(?:[\^↑][ \t]+)?|(?:Box(?:es)?|Folders?|Files?|Items?|Reels?|Envelopes?)[ \t]+\d{1,4}(?:[–-]\d{1,4})?[.:][ \t]+)`;

/** The opening of a line before a record's field or a list's item, as a pattern's source: indentation and perhaps a bullet. */
export const LINE_OPENER = String.raw`[ \t]*(?:[-*•][ \t]+)?`;

/** The end of a YAML header ("---" lines) opening a Markdown note or page, or 0 where there is none. */
export function yamlHeaderEnd(text: string): number {
  if (!/^---[^\S\n]*\n/.test(text)) return 0;
  const close = /\n---[^\S\n]*(?:\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

/** Lower-cases and strips diacritics, so "Léon" and "Leon" compare equal. */
export function foldCase(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Binary search for the span containing `offset` in a sorted, non-overlapping list. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number, inclusiveEnd = true): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end || (!inclusiveEnd && offset === s.end)) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Whether a character is an upper-case letter (ASCII decided by code, the rest by Unicode case). */
export function isUpper(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The path of `to` relative to the folder of `fromFile`, with forward slashes. Both are
 * paths or both are URIs ("file:///c/register.yaml", "file:///c/sources/a.txt" → "sources/a.txt").
 */
export function relativePath(fromFile: string, to: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const parts = to.split('/');
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => '..'), ...parts.slice(common)].join('/');
}
