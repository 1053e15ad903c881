// The candidate scan: one global regex finds *anchors* (numbers, month names,
// season words, decade/century words, holiday names, time-unit words, "every"/
// "each"). At each anchor we walk back over a few prefix words ("the", "early",
// "c.", "from", "between", a weekday ...) and try the grammar (ranges.ts `expr`)
// from the farthest plausible start, keeping the first parse that covers the
// anchor. Mentions never overlap: scanning resumes after each accepted mention.
// URLs and e-mail addresses are skipped whole, and no mention may run into one.

import { DECADE_WORDS, MONTH_RE, ORDINAL_WORDS, UNIT_WORDS, WEEKDAYS, weekdayIndex } from './lexicon';
import type { Cand } from './model';
import { expr } from './ranges';
import { relativeAt, setAt } from './relative';
import { Scanner, isLetterCode } from './scanner';

/** Words the backward walk may cross while looking for the start of an expression. */
const PREFIX_WORDS = new Set<string>([
  'the', 'early', 'mid', 'late', 'end', 'beginning', 'start', 'middle', 'close', 'first', 'second', 'latter',
  'half', 'part', 'quarter', 'week', 'last', 'final', 'of', 'in', 'c', 'ca', 'circa', 'about', 'around', 'approximately', 'approx', 'roughly', 'from', 'between',
  'period', 'year', 'years', 'that', 'this', 'twenty', ...WEEKDAYS, ...Object.keys(ORDINAL_WORDS),
]);
/** Words an expression may start with. */
const START_WORDS = new Set<string>([
  'the', 'early', 'mid', 'late', 'end', 'c', 'ca', 'circa', 'about', 'around', 'approximately', 'approx', 'roughly',
  'from', 'between', 'that', 'this', 'twenty', ...WEEKDAYS, ...Object.keys(ORDINAL_WORDS),
]);

/** Regex alternatives for words: Capitalised and UPPER, plus lower case with 'all'. */
function alts(words: string[], cases: 'cap' | 'all'): string {
  const out: string[] = [];
  for (const w of words) {
    const cap = w[0].toUpperCase() + w.slice(1);
    out.push(cap, w.toUpperCase());
    if (cases === 'all') out.push(w);
  }
  return out.join('|');
}

const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

function weekdayAt(sc: Scanner, as: number, ae: number, word: string): Cand | null {
  const next = sc.tok(ae);
  const after = next && next.w === ',' ? sc.tok(next.e) : next;
  if (after && (/^\d/.test(after.w) || after.w === 'the' || sc.re(MONTH_RE, after.s, false))) return null;
  const prev = sc.prev(as);
  // ("since Wednesday": from that day, the last one before the writer's.)
  const lead = prev && prev.s >= sc.lastEnd && (prev.w === 'on' || prev.w === 'since' || prev.w === 'last' || prev.w === 'next' || prev.w === 'this') ? prev : undefined;
  const part = next && PARTS_OF_DAY.has(next.w) ? next : undefined;
  if (!lead && !part) return null;
  const s = lead && lead.w !== 'on' && lead.w !== 'since' ? lead.s : as;
  return { k: 'relative', s, e: part ? part.e : ae, unit: 'day', nLo: 0, nHi: 0, dir: lead?.w === 'next' ? 1 : -1, approx: false, deictic: true, weekday: weekdayIndex(word) };
}

/** Days named from the writer's own day, in days from it. */
const DEICTIC_DAYS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

const ANCHOR_RE = new RegExp(
  [
    '\\d+',
    "['\u2019]\\d\\d",
    '\\b(?:' +
      alts(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
        'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'good', 'whit', 'whitsun'], 'cap') +
      '|' +
      alts(['spring', 'summer', 'autumn', 'fall', 'winter', 'century', 'centuries', 'day', 'days', 'week', 'weeks', 'fortnight',
        'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours', 'night', 'nights', 'evening', 'evenings', 'mornings', 'annually', 'yearly', 'every', 'each',
        'yesterday', 'today', 'tonight', 'tomorrow',
        ...Object.keys(DECADE_WORDS)], 'all') +
      '|' +
      alts(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], 'cap') +
      '|New Year|AD)\\b|A\\.\\s?D\\.',
  ].join('|'),
  'g',
);

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"')\]]+|<[^<>\s]*[/.:][^<>\s]*>/g;
const EMAIL_RE = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}/y;

/** All candidates in text order, non-overlapping (the Scanner's `lastEnd` advances). */
export function scanCandidates(sc: Scanner): Cand[] {
  const text = sc.text;
  const urls = urlSpans(text);
  let ui = 0;
  const cands: Cand[] = [];
  const re = ANCHOR_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const as = m.index;
    const ae = as + m[0].length;
    while (ui < urls.length && urls[ui][1] <= as) ui++;
    if (ui < urls.length && urls[ui][0] <= as) {
      re.lastIndex = Math.max(urls[ui][1], ae);
      continue;
    }
    if (as < sc.lastEnd) {
      re.lastIndex = sc.lastEnd;
      continue;
    }
    let c: Cand | null = null;
    try {
      c = atAnchor(sc, as, ae);
    } catch {
      c = null;
    }
    if (c && ui < urls.length && c.e > urls[ui][0]) c = null; // never run into a URL
    if (c) {
      cands.push(c);
      sc.lastEnd = c.e;
      re.lastIndex = Math.max(c.e, ae);
    } else {
      re.lastIndex = ae;
    }
  }
  return cands;
}

/** The expression covering the anchor at [as, ae), trying the farthest plausible start first. */
function atAnchor(sc: Scanner, as: number, ae: number): Cand | null {
  const text = sc.text;
  const first = text.charCodeAt(as);
  const word = isLetterCode(first) ? text.slice(as, ae).toLowerCase() : '';
  if (word) {
    const u = UNIT_WORDS[word];
    if (u) return relativeAt(sc, as, ae, u);
    if (word === 'annually' || word === 'yearly') return { k: 'set', s: as, e: ae };
    // "on Monday", "last Saturday", "Monday evening": the weekday before a dateline's day (discourse.ts); a weekday before
    // a date is that date's ("Easter Sunday, 16 April 1922"), scanned from its number.
    if (WEEKDAY_NAMES.has(word)) return weekdayAt(sc, as, ae, word);
    // "yesterday", "today": counted from a dateline only (discourse.ts), the day a dispatch or a diary entry was written.
    // (Not "yesterday's enemies", "tomorrow's world": a figure of speech, no day.)
    if (word in DEICTIC_DAYS && /^['’]s\b/.test(sc.text.slice(ae, ae + 3))) return null;
    if (word in DEICTIC_DAYS) return { k: 'relative', s: as, e: ae, unit: 'day', nLo: Math.abs(DEICTIC_DAYS[word]), nHi: Math.abs(DEICTIC_DAYS[word]), dir: Math.sign(DEICTIC_DAYS[word]) as -1 | 0 | 1, approx: false, deictic: true };
    if (word === 'every' || word === 'each') return setAt(sc, as, ae);
  }
  // Candidate starts: walk back over prefix words.
  const starts: number[] = [];
  let pos = as;
  for (let i = 0; i < 6; i++) {
    const t = sc.prev(pos);
    if (!t || t.s < sc.lastEnd) break;
    const w = t.w;
    if (!(PREFIX_WORDS.has(w) || w === '.' || w === ',' || w === '-' || w === '\u2013')) break;
    if (w === '.' && !(sc.prev(t.s)?.w === 'c' || sc.prev(t.s)?.w === 'ca' || sc.prev(t.s)?.w === 'approx')) break;
    pos = t.s;
    if (START_WORDS.has(w)) starts.push(pos);
  }
  for (let i = starts.length - 1; i >= 0; i--) {
    const c = expr(sc, starts[i]);
    if (c && c.e > as) return c;
  }
  const c = expr(sc, as);
  return c && c.e > as ? c : null;
}


/** Spans of URLs, <…> links and e-mail addresses, sorted by start. */
function urlSpans(text: string): Array<[number, number]> {
  const urls: Array<[number, number]> = [];
  // URL_RE can only match at "http", "www." or "<": skip the regex scan when none occurs
  if (text.includes('http') || text.includes('www.') || text.includes('<')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) urls.push([m.index, m.index + m[0].length]);
  }
  // e-mail addresses: look around each "@" only
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let b = at;
    while (b > 0 && at - b < 64 && /[\w.+-]/.test(text[b - 1])) b--;
    EMAIL_RE.lastIndex = b;
    if (EMAIL_RE.exec(text)) urls.push([b, EMAIL_RE.lastIndex]);
  }
  if (urls.length > 1) urls.sort((x, y) => x[0] - y[0]);
  return urls;
}
