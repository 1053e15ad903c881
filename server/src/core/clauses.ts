// The clause a date dates: how far around a date free wording (eventDescriptions.ts) reads
// for the words of an event. Punctuation bounds a clause, but not every comma: names in a
// list, a "when" or "beside" phrase, asides of place or time set off by commas, a relative
// clause on the subject, a line's label before its colon, a document in apposition.

import type { Span } from './types';

/** How far from the date, in characters, the cues may lie. */
const REACH = 150;

/** ", the fourth anniversary of Lenin's death,": what the day before it was. */
const ANNIVERSARY_ASIDE = /^,\s*(?:the|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:anniversary|jubilee|centenary)\s+of\s[^,;:.]{1,60},/iu;

/** The anniversary in apposition to a date, after it (", the fourth anniversary of Lenin's death,") or before it ("On the tenth anniversary of October, 7 November 1927,"). */
export function anniversaryAside(text: string, d: Span, window: Span): Span | undefined {
  const after = ANNIVERSARY_ASIDE.exec(text.slice(d.end, window.end + 1));
  if (after) return { start: d.end, end: d.end + after[0].length };
  const before = /\b(?:[Oo]n|[Aa]t)\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:anniversary|jubilee|centenary)\s+of\s[^,;:.]{1,60},\s*$/u.exec(text.slice(window.start, d.start));
  return before && /^,/.test(text.slice(d.end, d.end + 1)) ? { start: window.start + before.index, end: d.start } : undefined;
}

/**
 * The date's clause: the sentence around it up to a semicolon, colon, dash or
 * bracket, or a comma, except a comma that opens a "when" clause ("from 20 January
 * 1928, when the train pulled out") or a "beside" phrase ("brought into court in March
 * 1938, beside Krestinsky and Rakovsky"), or separates names in a list ("Pyatakov, Radek
 * and Smirnov", registered or not); and up to "and the" before a new noun phrase ("the
 * trial of the Sixteen in August 1936 and the Pyatakov-Radek trial of January 1937"),
 * but not "and a dozen others".
 */
export function clauseAround(text: string, d: Span, s: Span, nameEnds: ReadonlySet<number>): Span {
  const from = Math.max(s.start, d.start - REACH);
  const to = Math.min(s.end, d.end + REACH);
  const isBoundary = (k: number): number => {
    const ch = text[k];
    // (A table's cell ends its clause: "| bundled onto a train for Odessa | | arrives there on the 28th |".)
    if (ch === ';' || ch === ':' || ch === '(' || ch === ')' || ch === '|' || ch === '—' || ch === '–' && text[k - 1] === ' ') return 1;
    if (ch === ',') {
      // ("…, this time with Bukharin, Rykov, Krestinsky and Rakovsky".)
      // (…and "their new International, founded in France on Saturday the 10th": a participle of founding or sitting tells of the noun before.)
      if (/^,\s*(?:this\s+time\s+|now\s+|again\s+)?(?:when|where|as|while|beside|alongside|among|with|together\s+with|published|printed|issued|signed|dated|founded|formed|established|proclaimed|convened)\b/i.test(text.slice(k, k + 26))) return 0;
      // "Zinoviev, Kamenev and their fellow defendants, condemned on 21 August 1936": a participle and its date tell of the words before.
      // (A verb of what is done to people: "Lenin's notes for the coming congress, dictated in the winter of 1922–23" is the notes' own clause.)
      if (k < d.start && /^,\s*(?:condemned|sentenced|tried|executed|shot|arrested|deported|exiled|expelled|banished|imprisoned)\s+(?:on|in)\s+(?:the\s+)?$/.test(text.slice(k, d.start))) return 0;
      // (A dictionary's cross-reference mark may stand before a name: "Zinoviev, *Kamenev".)
      const listed = nameEnds.has(k) && /^,\s*[*_]*(?:and\s+)?[*_]*\p{Lu}/u.test(text.slice(k, k + 10));
      // "Which three members, Bukharin, Rykov and Tomsky, faced the prosecutor": names in apposition, then their verb.
      const appositive = nameEnds.has(k) && /^,\s*(?!(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|that|these|those|and|but|or|nor|which|who|whom|whose|where|when|while|as|if|so|then|there)\b)\p{Ll}+ed\b/u.test(text.slice(k, k + 24));
      return listed || appositive ? 0 : 1;
    }
    // (Not after names in a list, before their own: "Zinoviev, Kamenev and their fellow defendants".)
    // (Nor "and the others", "and the rest", which close a list of names.)
    if (ch === ' ' && /^ and (?:the|his|her|their|its) /i.test(text.slice(k, k + 11)) && !(nameEnds.has(k) && /^ and (?:his|her|their) |^ and the (?:others|rest)\b/i.test(text.slice(k, k + 18)))) return 5;
    return 0;
  };
  // Where the clause ending at `k` begins, and where the one beginning at `k` ends.
  const segmentStart = (k: number) => {
    while (k > from && !isBoundary(k - 1)) k--;
    return k;
  };
  const segmentEnd = (k: number) => {
    while (k < to && !isBoundary(k)) k++;
    return k;
  };
  let start = segmentStart(d.start);
  // A relative clause's antecedent is its actor: "Zinoviev, who went before the judges in August 1936"; or the event itself:
  // "the trial of Bukharin, Rykov, Krestinsky and eighteen others, which opened on 12th March".
  if (text[start - 1] === ',' && ((nameEnds.has(start - 1) && /^\s*who\b/i.test(text.slice(start, start + 8))) || /^\s*which\s+(?:(?:was|were)\s+)?(?:opened|began|met|closed|ended|held|convened|sat|took\s+place)\b/i.test(text.slice(start, start + 30)))) {
    start = segmentStart(start - 1);
  }
  // "the Opposition's secret press, the one Dzerzhinsky's men raided in September 1927": "the one" stands for the noun before the comma.
  // (The noun phrase only: who did what else before it is another clause's.)
  if (text[start - 1] === ',' && start > from && /^\s*the\s+(?:one|same)\b/i.test(text.slice(start, start + 12))) {
    const before = text.slice(Math.max(from, start - 61), start - 1);
    const np = /(?:\b(?:the|a|an|his|her|their|its|our)\s+)(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/iu.exec(before);
    if (np) start = start - 1 - np[0].length;
  }
  // …and a verb after a relative clause has the names before it as its subject: "Mr. Radek and Mr. Preobrazhensky, whose
  // articles the Society has bought, made their peace … in July 1929".
  if (text[start - 1] === ',' && start > from) {
    const k = segmentStart(start - 1);
    if (text[k - 1] === ',' && nameEnds.has(k - 1) && /^\s*whose\b/i.test(text.slice(k, k + 8))) start = segmentStart(k - 1);
  }
  // A date alone in brackets glosses the words before them: "Chiang's massacre of the Shanghai communists (12 April 1927)".
  if (text[start - 1] === '(' && /^\s*\)/.test(text.slice(d.end, d.end + 2)) && /^\s*$/.test(text.slice(start, d.start))) {
    start = segmentStart(start - 1);
  }
  // A date that opens its clause after a comma dates the clause before it, across short asides of place: "had been put on a train
  // for Alma-Ata, on the Chinese frontier, on the 17th January, 1928".
  const aside = (j: number, k: number) => text[j - 1] === ',' && k - j <= 45 && /^\s*(?:on|in|at|near|outside|inside|beyond)\s/i.test(text.slice(j, k));
  if (text[start - 1] === ',' && start > from && /^\s*(?:on|in)\s+(?:the\s+)?$/i.test(text.slice(start, d.start)) && aside(segmentStart(start - 1), start - 1)) {
    let k = start - 1;
    for (let asides = 0; k > from && asides < 3 && aside(segmentStart(k), k); asides++) k = segmentStart(k) - 1;
    start = segmentStart(k);
  }
  // …and one that only tells the hour of what the clause before told: "when Lenin came home from exile, late on the night of 3 April 1917".
  else if (text[start - 1] === ',' && start > from && /^\s*(?:(?:late|early)\s+(?:on|in)\s+(?:the\s+)?(?:(?:night|morning|evening|afternoon|day)\s+of\s+)?|(?:on|in)\s+the\s+(?:night|morning|evening|afternoon)\s+of\s+)$/i.test(text.slice(start, d.start))) {
    start = segmentStart(start - 1);
  }
  // A finite verb with no subject after a comma has the sentence's opening as its subject, across an aside: "Trotsky, deported from the
  // Soviet Union, had stepped ashore … on 2 February 1929"; "The commanders, Tukhachevsky among them, were tried … in June 1937".
  // (Not across a clause with a date of its own: "Stalin took up his post as General Secretary in April 1922, was appointed to chair
  // the commission in August 1922" is two things done, each dated.)
  // (A relative clause is an aside whatever it dates: "Pyatakov and Radek, who stood with Trotsky in 1926, were brought to trial …".)
  const relativeAside = text[start - 1] === ',' && /,\s*(?:who|whom|whose|which)\b[^,;:]*,\s*$/i.test(text.slice(s.start, start));
  // (…and across an "of" phrase set off by commas after its noun: "the new trial, of Pyatakov, Radek and fifteen others, opened in Moscow on the 23rd".)
  const ofAside = text[start - 1] === ',' && /^\s*\p{Ll}{3,}ed\b/u.test(text.slice(start, start + 16)) && /\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s+of\s+[^,;:()—]*(?:,[^,;:()—]*){0,3},\s*$/u.test(text.slice(s.start, start));
  if (text[start - 1] === ',' && start > from && (/^\s*(?:had|has|was|were|is|are|did)\b/.test(text.slice(start, start + 12)) || ofAside) && start - s.start <= 120 && !/[;:()—]/.test(text.slice(s.start, start)) && (relativeAside || !/\b1[5-9]\d\d\b/.test(text.slice(s.start, start)))) {
    start = Math.max(s.start, from);
  }
  // A line's label before its colon or dash is what the line is about ("- Brest-Litovsk: the peace with the Germans is signed on 3 March 1918", "- RAPALLO (7) — treaty with Germany, signed May 1922").
  if (text[start - 1] === ':' || (/[—–]/.test(text[start - 1] ?? '') && text[start - 2] === ' ')) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (start - lineStart <= 40 && lineStart >= s.start - 1) start = Math.max(lineStart, s.start);
  }
  let end = d.end;
  // A calendar's mark after the date is part of it: "On 3 April 1917 (Old Style) Lenin stepped off the train".
  const mark = /^\s*\((?:O\.?\s?S\.?|N\.?\s?S\.?|[^()\n]{0,20}\b(?:Old|New)\s+Style\b[^()\n]{0,20})\)/i.exec(text.slice(d.end, d.end + 48));
  if (mark) end += mark[0].length;
  // A timeline's line: "- Early June 1927 — the send-off for Smilga at the Yaroslavl station". The dash introduces what the date dates.
  const entry = /^\s*[-–—:]\s/.exec(text.slice(d.end, d.end + 4));
  if (entry && /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?[*_]*$/.test(text.slice(Math.max(0, d.start - 12), d.start))) end = d.end + entry[0].length;
  end = segmentEnd(end);
  // A document in apposition dates what the clause before it tells: "he and Preobrazhensky recanted to Stalin, statement dated 31 July 1929".
  if (text[start - 1] === ',' && start > from && /^\s*(?:(?:the|a|an|his|her|their|its)\s+)?\p{L}+\s+(?:dated|signed|issued)\s+$/iu.test(text.slice(start, d.start))) {
    start = segmentStart(start - 1);
  }
  // A date closing its sentence after a comma, alone in its clause, dates the clause before it: "reporting that the party had arrived safely in Alma-Ata, 22 January 1928."
  if (text[start - 1] === ',' && start > from && /^\s*(?:(?:on|in)\s+)?$/i.test(text.slice(start, d.start)) && /^(?:[.!?](?:\s|$)|\s*\n|\s*$)/.test(text.slice(d.end, d.end + 3))) {
    start = segmentStart(start - 1);
  }
  // A date set off by commas on both sides ("only in Hamburg, on 3 October 1923, did a few hundred communists rise") belongs to the clause around it;
  // and one alone between commas after a list of names, the noun phrase they end ("the trial of Bukharin, Rykov and Tomsky, 2–13 March 1938, with …").
  if (text[start - 1] === ',' && start > from && /^\s*$/.test(text.slice(start, d.start)) && text[d.end] === ',' && nameEnds.has(start - 1)) {
    start = segmentStart(start - 1);
  } else if (end - start - (d.end - d.start) < 12 && text[start - 1] === ',' && text[end] === ',') {
    if (start > from) start = segmentStart(start - 1);
    if (end < to) end = segmentEnd(end + 1);
  } else if (end - start - (d.end - d.start) < 12 && /^\s*$/.test(text.slice(s.start, start)) && text[end] === ',') {
    // …and so does a date opening its sentence, across a short aside of place: "Early in June 1927, at the Yaroslavl station, several thousand people gathered".
    const next = segmentEnd(end + 1);
    // …or of time, counted from another event or not: "In 1927, three years after Lenin's death, Trotsky was thrown out of the party";
    // "On 23 October 1926, after a stormy session, the plenum removed Trotsky from the Political Bureau".
    const aside = (next - end <= 45 && /^,\s*(?:at|in|on|near|outside|inside)\s/i.test(text.slice(end, end + 12))) || (next - end <= 80 && /^,\s*(?:[\p{L}-]+\s+){0,3}(?:after|before|since)\s/iu.test(text.slice(end, next))) || (next - end <= 70 && ANNIVERSARY_ASIDE.test(text.slice(end, next + 1)));
    end = text[next] === ',' && aside ? segmentEnd(next + 1) : next;
  }
  return { start, end };
}
