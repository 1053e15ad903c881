// What the text shows of a candidate name, as sparse string features for the
// learned type model (typeModel.ts): its words' shapes and endings, the words
// around it, its marks, and what the gazetteers know of it. Pure and cheap:
// a few slices and regexes per candidate.

import { isGivenName, places } from './candidateTypes';
import { foldCase } from './text';
import type { EntityMention } from './types';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** A bibliography entry's opening up to its title: an inverted name and a full stop. */
const ENTRY_AUTHOR = /^[ \t]*(?:[-*•][ \t]+|\d{1,3}[.)][ \t]+)?\p{Lu}[\p{L}'’-]+,[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?[ \t]?){1,3}\.?[ \t]*[*_"“‘]?$/u;

function shapeOf(w: string): string {
  if (/^\p{Lu}\.$/u.test(w)) return 'I';
  if (/^\d/.test(w)) return 'D';
  if (/^\p{Lu}{2,}[\p{Lu}\d.-]*$/u.test(w)) return 'A';
  if (/^\p{Lu}/u.test(w)) return 'X';
  return 'x';
}

/** The last `n` words before `at` (folded), nearest last; punctuation right before it counts as a word. */
function wordsBefore(text: string, at: number, n: number): string[] {
  const window = text.slice(Math.max(0, at - 40), at);
  const punct = /([^\s\p{L}\p{N}])\s*$/u.exec(window);
  if (punct) return [punct[1]];
  const words = window.match(WORD) ?? [];
  return words.slice(-n).map((w) => foldCase(w));
}

function wordsAfter(text: string, at: number, n: number): string[] {
  const window = text.slice(at, at + 40);
  const punct = /^\s*([^\s\p{L}\p{N}])/u.exec(window);
  if (punct) {
    // A possessive is a mark of its own.
    if (/^['’]s\b/u.test(window)) return ["'s"];
    return [punct[1]];
  }
  return (window.match(WORD) ?? []).slice(0, n).map((w) => foldCase(w));
}

export function typeFeatures(text: string, m: Pick<EntityMention, 'start' | 'end' | 'text' | 'type' | 'derived'>): string[] {
  const f: string[] = ['bias', `rule:${m.type ?? 'none'}`];
  const words = m.text.split(/[\s]+/).filter(Boolean);
  const last = foldCase(words[words.length - 1]).replace(/['’.,]+$/, '');
  const first = foldCase(words[0]).replace(/['’.,]+$/, '');
  f.push(`n:${Math.min(words.length, 4)}`);
  f.push(`shape:${words.map(shapeOf).join('').replace(/x+/g, 'x').slice(0, 6)}`);
  f.push(`head:${last}`, `s2:${last.slice(-2)}`, `s3:${last.slice(-3)}`, `s4:${last.slice(-4)}`);
  if (words.length > 1) f.push(`first:${first}`, `f3:${first.slice(-3)}`);
  for (const w of words.slice(0, -1)) if (/^\p{Ll}/u.test(w)) f.push(`inner:${foldCase(w)}`);
  if (/-/.test(m.text)) f.push('hyphen');
  if (/\d/.test(m.text)) f.push('digit');
  if (/[^s]s$/.test(last)) f.push('plural');
  if (m.derived) f.push('derived');
  const before = wordsBefore(text, m.start, 2);
  const after = wordsAfter(text, m.end, 2);
  if (before.length) {
    f.push(`p1:${before[before.length - 1]}`);
    if (before.length > 1) f.push(`p2:${before.join(' ')}`);
  } else f.push('p1:^');
  if (after.length) {
    f.push(`n1:${after[0]}`);
    if (after.length > 1) f.push(`n2:${after.join(' ')}`);
  } else f.push('n1:$');
  // Only blanks between the line's start and the name (scanned back from the name: a long line costs nothing).
  let k = m.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n') f.push('linestart');
  // Just after a bibliography entry's author ("Conte, Francis. *…"): the place of a title. Only the 80
  // characters before the name are read, so that a text of one long line costs no search per name.
  const near = text.slice(Math.max(0, m.start - 80), m.start);
  const nl = near.lastIndexOf('\n');
  if ((nl >= 0 || m.start < 80) && ENTRY_AUTHOR.test(near.slice(nl + 1))) f.push('after-entry-author');
  const folded = foldCase(m.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const gaz = places();
  if (gaz.places.has(folded)) f.push('gaz:place');
  if (gaz.places.has(last)) f.push('gaz:lastplace');
  if (gaz.demonyms.has(folded) || gaz.demonyms.has(folded.replace(/s$/, ''))) f.push('gaz:demonym');
  const given = isGivenName(first);
  if (given) f.push(`given:${given}${words.length > 1 ? '+' : ''}`);
  return f;
}
