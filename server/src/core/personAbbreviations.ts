// Short forms of registered names that working notes use: initials ("LDT" for
// L. D. Trotsky, "LD" for his given name and patronymic, "VIL" for V. I. Lenin, "WO" for the Workers' Opposition) and a
// surname cut short with a full stop ("Zin." for Zinoviev, "Preo." for
// Preobrazhensky). Both are read only where exactly one registered name fits, and
// the link is made openly, as a short form the user can see and record.

import type { Register } from './register';
import { foldCase } from './text';

export interface PersonAbbreviations {
  /**
   * Initials of three or four letters, upper case, with the people whose registered names give them; and of
   * two letters, with the people of two-word names and the bodies and groups of two to four words ("WO", the
   * Workers' Opposition; "LT", Leon Trotsky).
   */
  initials: Map<string, Set<string>>;
  /** Registered people's surnames (the last word of each of their names of two words or more), folded, with their ids. */
  surnames: Map<string, Set<string>>;
  /** The same surnames in order, for a prefix search by bisection. */
  sorted: string[];
}

export function personAbbreviations(register: Register): PersonAbbreviations {
  const initials = new Map<string, Set<string>>();
  const surnames = new Map<string, Set<string>>();
  for (const e of register.entries) {
    const body = e.type === 'organization' || e.type === 'group';
    if (e.type !== 'person' && !body) continue;
    for (const name of [e.name.replace(/\s*\([^)]*\)\s*$/, ''), ...e.aliases]) {
      // "L. D. Trotsky" and "Lev Davidovich Trotsky" both give L, D, T; particles ("de", "von") give nothing.
      const words = name.split(/[\s.]+/).filter((w) => /^\p{Lu}/u.test(w));
      // A body's name of two to four capitalised words and nothing else ("Workers' Opposition", not "Council of People's Commissars").
      const initialled = body ? words.length >= 2 && words.length <= 4 && words.length === name.split(/\s+/).length : words.length >= 2 && words.length <= 4;
      if (initialled) {
        const k = words.map((w) => w[0]).join('');
        initials.set(k, (initials.get(k) ?? new Set()).add(e.id));
        // A given name and patronymic ("L. D." for Lev Davidovich Trotsky) are how his household and his comrades wrote him: "LD".
        if (!body && words.length === 3 && /(?:vich|vna|ich|ichna)$/.test(words[1])) {
          const given = words[0][0] + words[1][0];
          initials.set(given, (initials.get(given) ?? new Set()).add(e.id));
        }
      }
      if (body) continue;
      // A surname is the last word of a full name: a lone alias may be a given name ("Zinaida").
      const last = words.length >= 2 ? words[words.length - 1] : undefined;
      if (last && last.length >= 5) {
        const k = foldCase(last);
        surnames.set(k, (surnames.get(k) ?? new Set()).add(e.id));
      }
    }
  }
  return { initials, surnames, sorted: [...surnames.keys()].sort() };
}

/** Two capitals that are common abbreviations of something else. */
const COMMON_PAIRS = new Set(['UK', 'US', 'UN', 'EU', 'OK', 'TV', 'PS', 'NB', 'AM', 'PM', 'AD', 'BC', 'CE', 'ID', 'IT', 'PC', 'PR', 'HQ', 'MP', 'MS', 'DR', 'RE', 'CC', 'PP', 'VS', 'OR', 'NO', 'SO', 'IS', 'IN', 'ON', 'AT', 'TO', 'OF', 'BY', 'AN', 'AS', 'IF', 'WE', 'HE', 'ME', 'MY', 'UP', 'GO', 'DO', 'BE', 'II', 'IV', 'VI', 'XI', 'XV', 'XX']);

/** The one registered person, body or group whose initials these are, if exactly one. */
export function personByInitials(abbreviations: PersonAbbreviations, word: string): string | undefined {
  if (!/^\p{Lu}{2,4}$/u.test(word) || COMMON_PAIRS.has(word)) return undefined;
  const ids = abbreviations.initials.get(word);
  return ids && ids.size === 1 ? [...ids][0] : undefined;
}

/** After a word cut short, a full stop that does not end a sentence: a lower-case word, a comma, a bracket or a possessive follows it. */
const CLIPPED_STOP = /^\.(?:['’]s\b|\s*[,;:)\]]|\s+[(\p{Ll}])/u;

/**
 * Whether the name at `start`–`end` ends in a word cut short whose full stop belongs to it: "Shl." in
 * "Shl. and Kol. argued", "10th Cong." in "at the 10th Cong., Lenin…". The word is short and no
 * dictionary's nor a known place's (`isWord` tells), so that "He met Marx. and" is not read so.
 */
export function clippedName(text: string, start: number, end: number, isWord: (folded: string) => boolean): boolean {
  const last = /\p{Lu}\p{Ll}{1,4}$/u.exec(text.slice(Math.max(start, end - 5), end))?.[0];
  // Not before a closing bracket: "(… from New York.)" ends a sentence inside it.
  return !!last && text[end] === '.' && !isWord(foldCase(last)) && CLIPPED_STOP.test(text.slice(end, end + 6)) && !/^\.\s*[)\]]/.test(text.slice(end, end + 3));
}

/**
 * The one registered person whose surname the word before a full stop begins,
 * at least two letters short of it ("Zin." of Zinoviev), if exactly one. The
 * full stop must not end a sentence: a lower-case word, a comma, a bracket or a
 * possessive follows it ("Zin. and Kam.", "(Zin., Kam., Stalin)", "Zin.’s people", "Kam. (with Zin.)").
 */
export function personByClippedSurname(abbreviations: PersonAbbreviations, text: string, start: number, end: number): string | undefined {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}{2,5}$/u.test(word) || text[end] !== '.') return undefined;
  if (!CLIPPED_STOP.test(text.slice(end, end + 6))) return undefined;
  const stem = foldCase(word);
  const { sorted, surnames } = abbreviations;
  // The first surname not before the stem; those that begin with it follow in a run.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < stem) lo = mid + 1;
    else hi = mid;
  }
  const ids = new Set<string>();
  for (let i = lo; i < sorted.length && sorted[i].startsWith(stem); i++) {
    if (sorted[i].length >= stem.length + 2) for (const id of surnames.get(sorted[i])!) ids.add(id);
    if (ids.size > 1) return undefined;
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}
