// Candidates (names the register lacks as written) that are a registered entry after
// all, linked openly as what they are: another spelling ("Korniloff"), initials ("LDT"),
// a clipped surname ("Zin."), a body's head noun ("the Secretariat"), a given name of
// someone named in full in the text ("Natalia"); and a candidate one letter away from
// a registered name, marked as its probable misspelling.

import { places } from './candidateTypes';
import { VESSEL_BEFORE, type EntityMatcher } from './entities';
import { isEnglishWord } from './nameWords';
import { clippedName, personByClippedSurname, personByInitials, type PersonAbbreviations } from './personAbbreviations';
import type { Register } from './register';
import { foldCase } from './text';
import type { EntityMention } from './types';

/** Links `candidates` in place. `mentions` are the text's registered mentions. */
export function linkCandidates(text: string, candidates: EntityMention[], mentions: EntityMention[], matcher: EntityMatcher, abbreviations: PersonAbbreviations, register: Register): void {
  const namedHere = personNameParts(mentions, register);
  for (const c of candidates) {
    // A ship named for a person ("the steamer Ilyich") is no mention of them, in any spelling.
    if (VESSEL_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) continue;
    // Another transliteration of a registered name ("Korniloff") is that name, said openly.
    // With initials before it ("L. D. Trotskii"), a person's surname in another spelling.
    const initials = /^(?:\p{Lu}\.\s?)+(?=\p{Lu}\p{Ll})/u.exec(c.text)?.[0] ?? '';
    const found = matcher.variantOf(c.text.slice(initials.length));
    const variant = found && (!initials || found.entry.type === 'person') ? found : undefined;
    if (variant) {
      // The same spelling is the registered person's bare surname ("Lewin" for Moshe Lewin): a plain link.
      const same = foldCase(c.text.slice(initials.length)) === foldCase(variant.name);
      Object.assign(c, { id: variant.entry.id, type: variant.entry.type, ...(same ? {} : { variant: variant.name }) });
      continue;
    }
    // Notes' short forms of one registered person's name: initials ("LDT") and a clipped surname ("Zin."), which keeps its full stop.
    const byInitials = personByInitials(abbreviations, c.text);
    const byClipped = byInitials ? undefined : personByClippedSurname(abbreviations, text, c.start, c.end);
    if (byInitials || byClipped) {
      const entry = register.byId.get((byInitials ?? byClipped)!)!;
      if (byClipped) widen(text, c, 1);
      Object.assign(c, { id: entry.id, type: entry.type, variant: entry.name, shortForm: byClipped ? 'clipped' : 'initials' });
      continue;
    }
    // "the Secretariat": the head noun of one registered body's "X of Y" name, used alone, is that body,
    // linked openly (a hint offers to record the short form), as another spelling is.
    const headed = /^\p{Lu}\p{Ll}+$/u.test(c.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) ? matcher.headOf(c.text) : undefined;
    if (headed) {
      Object.assign(c, { id: headed.id, type: headed.type, variant: headed.name, shortForm: 'head-noun' });
      continue;
    }
    // "Natalia", "Sun": one word of the name of exactly one registered person named in full in this text is that person,
    // linked openly as a short form.
    // …and a given name with a patronymic ("Grigory Evseevich"), as Russians address each other.
    // (Not after a surname and its comma: "Sedov, Lev Lvovich" is an inverted name, read whole later.)
    const patronymic = /[\p{L}.], $/u.test(text.slice(Math.max(0, c.start - 3), c.start)) ? undefined : /^(\p{Lu}\p{Ll}{2,}) \p{Lu}\p{Ll}+(?:ovich|evich|ich|ovna|evna|ichna|inichna)$/u.exec(c.text)?.[1];
    const given = /^\p{Lu}\p{Ll}{2,}$/u.test(c.text) ? c.text : patronymic;
    const part = given ? namedHere.get(foldCase(given)) : undefined;
    if (part && part.size === 1) {
      const entry = register.byId.get([...part][0])!;
      Object.assign(c, { id: entry.id, type: entry.type, variant: entry.name, shortForm: 'name-part' });
      continue;
    }
    // A news agency's possessive name in a dateline's brackets keeps its "'s": "LONDON, Feb. 11 (Reuter's).".
    if (text[c.start - 1] === '(' && /^['’]s\)/.test(text.slice(c.end, c.end + 3))) widen(text, c, 2).type = 'organization';
    // A word cut short keeps its full stop: "Shl. and Kol. argued", "the 10th Cong., where".
    if (clippedName(text, c.start, c.end, wordOrPlace)) widen(text, c, 1);
    // A candidate one letter away from a registered name is probably that name misspelt.
    const near = matcher.nearMiss(c.text);
    if (near) c.nearMiss = near.id;
  }
}

/**
 * The first words of the names of the registered people a text names in full
 * ("Natalia" of Natalia Sedova, "Sun" of Sun Yat-sen), each with the people it
 * could be: a given name alone, or a family name written first, refers to them.
 */
function personNameParts(mentions: EntityMention[], register: Register): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!m.id || m.type !== 'person' || m.derived || !/\s/.test(m.text.trim())) continue;
    const entry = register.byId.get(m.id);
    if (!entry) continue;
    for (const name of [entry.name, ...entry.aliases]) {
      const words = name.split(/\s+/);
      if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[0])) continue;
      const k = foldCase(words[0]);
      parts.set(k, (parts.get(k) ?? new Set()).add(entry.id));
    }
  }
  return parts;
}

/** A candidate that takes the next `by` characters of the text: a clipped name's full stop, an agency's "'s". */
function widen(text: string, c: EntityMention, by: number): EntityMention {
  return Object.assign(c, { end: c.end + by, text: text.slice(c.start, c.end + by) });
}

/** A dictionary's word or a known place's name (folded): no word cut short. */
function wordOrPlace(folded: string): boolean {
  return isEnglishWord(folded) || places().places.has(folded);
}
