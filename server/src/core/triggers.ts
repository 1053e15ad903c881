// Triggers: the register's patterns over entities and words ("{lenin} died",
// "death of {lenin}") and where a text matches them, with the pronouns that may
// fill a slot ("he died"). Each match is a reference to an event that
// `extractClaims` (claims.ts) pairs with a date.

import type { EventReference } from './claims';
import { isDatable, type Register, type RegisterEntry } from './register';
import { spanAt } from './text';
import { nameTokens, type Token } from './tokens';
import type { EntityMention, Span } from './types';

type PatternPart = { slot: string } | { word: string; prefix: boolean };

interface Trigger {
  event: RegisterEntry;
  parts: PatternPart[];
  /** Derived from a passive trigger (`activeVoice`). */
  active?: true;
}

interface Unit extends Span {
  /** Folded word, or undefined for an entity mention. */
  norm?: string;
  entity?: string;
}

/** A trigger's auxiliary words, after which an adverb may stand before the participle. */
const BEFORE_PARTICIPLE = new Set(['was', 'were', 'is', 'are', 'been', 'had', 'has']);
/** Adverbs that may stand between a trigger's subject and its verb. */
// ("had": the pluperfect tells the same event, "the Forty-Six had sent theirs".)
const SUBJECT_ADVERBS = new Set(['only', 'then', 'soon', 'later', 'finally', 'eventually', 'first', 'also', 'already', 'duly', 'formally', 'officially', 'promptly', 'himself', 'herself', 'itself', 'had']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its']);
// Not "they", "them", "their": a trigger's slot is one person or body ("their deaths" is not Lenin's).
const PRONOUNS = new Set(['he', 'him', 'she', 'it', ...POSSESSIVE_PRONOUNS]);

const AUXILIARIES = new Set(['was', 'were', 'is', 'are']);
function auxiliary(word: string): string {
  return AUXILIARIES.has(word) ? 'was' : word;
}

/** Ordinal words that tell numbered events apart ("Lenin's first stroke", "the Second Moscow Trial"). */
const EVENT_ORDINAL = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\b\s*/i;

/**
 * Events the register numbers ("Lenin's first stroke", "… second stroke", "… third
 * stroke": the same name but for the ordinal, with the same participants) share each
 * other's generic triggers, those with an indefinite article ("{lenin} suffered a
 * stroke"): such a phrase may mean any of them, and the date says which (`extractClaims`).
 */
function siblingTriggers(register: Register): Map<string, string[]> {
  const groups = new Map<string, RegisterEntry[]>();
  for (const e of register.entries) {
    if (e.type !== 'event' || !EVENT_ORDINAL.test(e.name)) continue;
    const key = `${e.name.replace(EVENT_ORDINAL, '').toLowerCase()}\0${[...e.participants].sort().join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out = new Map<string, string[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const genericOnes = group.flatMap((e) => e.triggers.filter((t) => /(?:^|\s)(?:a|an)\s/i.test(t)));
    for (const e of group) out.set(e.id, genericOnes.filter((t) => !e.triggers.includes(t)));
  }
  return out;
}

/**
 * The active voice of a passive trigger: "{fourth-international} was founded" is also "founded the {fourth-international}"
 * ("the conference at Périgny had founded the Fourth International"), "{trotsky} was expelled from the party" also
 * "expelled {trotsky} from the party". The doer may be anyone: the event is what was done to the slot's entity.
 */
function activeVoice(parts: PatternPart[]): PatternPart[][] {
  const [subject, aux, verb, ...rest] = parts;
  if (!subject || !('slot' in subject) || !aux || !('word' in aux) || !/^(?:was|were)$/.test(aux.word) || !verb || !('word' in verb) || verb.prefix) return [];
  if (!/(?:ed|en|ot|wn|ung|ought)$/.test(verb.word)) return [];
  return [
    [verb, subject, ...rest],
    [verb, { word: 'the', prefix: false }, subject, ...rest],
  ];
}

/** Triggers compiled once per register, indexed by their first element. */
export class TriggerSet {
  private readonly byWord = new Map<string, Trigger[]>();
  private readonly bySlot = new Map<string, Trigger[]>();
  /**
   * Slot-first triggers keyed by the slot and their second word ("{trotsky}\0was"), or by
   * the slot alone where the second element is not a plain word: a mention or a pronoun
   * tries only the triggers its next word can continue.
   */
  private readonly bySlotNext = new Map<string, Trigger[]>();
  /** Triggers whose first word is a prefix ("expel*"), keyed by its first three letters. */
  private readonly byPrefix = new Map<string, Trigger[]>();
  /** The historical present of the triggers' past tenses ("dies" for "died", "expels" for "expelled"): scripts, timelines and captions tell events so. */
  private readonly pastOf = new Map<string, string>();
  /** The bare forms of the triggers' past tenses ("become" for "became"), read only after "did" and its subject ("only after it did Stalin become General Secretary"). */
  private readonly baseOf = new Map<string, string>();
  /** The gerunds of the same verbs, read only after "began" or "started" ("he started dictating"). */
  private readonly gerundOf = new Map<string, string>();
  /** The nouns of the same verbs in "-ate" ("dictation"), read only after "began the" ("he began the dictation on 23 December"). */
  private readonly nounOf = new Map<string, string>();

  constructor(register: Register) {
    const generic = siblingTriggers(register);
    for (const entry of register.entries) {
      if (!isDatable(entry)) continue;
      const compiled = [...entry.triggers, ...(generic.get(entry.id) ?? [])].map(compilePattern);
      for (const [parts, active] of [...compiled.map((p) => [p, false] as const), ...compiled.flatMap(activeVoice).map((p) => [p, true] as const)]) {
        if (!parts.length) continue;
        const t: Trigger = active ? { event: entry, parts, active: true } : { event: entry, parts };
        const first = parts[0];
        if ('slot' in first) {
          add(this.bySlot, first.slot, t);
          const second = parts[1];
          add(this.bySlotNext, second && 'word' in second && !second.prefix ? `${first.slot}\0${auxiliary(second.word)}` : first.slot, t);
        }
        else if (first.prefix) add(this.byPrefix, first.word.slice(0, 3), t);
        else add(this.byWord, auxiliary(first.word), t);
      }
    }
    const words = new Set<string>();
    for (const list of [...this.byWord.values(), ...this.bySlot.values(), ...this.byPrefix.values()]) for (const t of list) for (const p of t.parts) if ('word' in p) words.add(p.word);
    for (const w of words) for (const present of presentForms(w)) if (!words.has(present) && !this.pastOf.has(present)) this.pastOf.set(present, w);
    for (const w of words) for (const base of baseForms(w)) if (!words.has(base) && !this.baseOf.has(base)) this.baseOf.set(base, w);
    for (const [base, past] of this.baseOf) for (const g of gerunds(base)) if (!this.gerundOf.has(g)) this.gerundOf.set(g, past);
    // "began the dictation": the noun of a verb in "-ate", read as the verb after "began" and an article or "his".
    for (const [base, past] of this.baseOf) if (base.endsWith('ate') && !this.nounOf.has(`${base.slice(0, -1)}ion`)) this.nounOf.set(`${base.slice(0, -1)}ion`, past);
  }

  /** Every trigger match and every event mention, in text order. */
  /**
   * Every trigger match and every event mention, in text order. `nested` gives
   * the mentions inside an event's name, so "{lenin}'s death" also matches
   * where "Lenin's death" is itself a registered name.
   */
  references(text: string, tokens: Token[], mentions: EntityMention[], register: Register, sentences: Span[], nested: ((m: EntityMention) => EntityMention[]) | undefined, resolver: PronounResolver): EventReference[] {
    const refs: EventReference[] = [];
    this.matchUnits(text, tokens, mentions, register, sentences, refs, resolver);
    if (nested) {
      let si = 0;
      for (const m of mentions) {
        if (m.type !== 'event' || !m.id) continue;
        const inner = nested(m);
        if (!inner.length) continue;
        // The trigger may go on past the name: "{trotsky}'s expulsion from the party" where "Trotsky's expulsion" is a registered name.
        while (si < sentences.length && sentences[si].end <= m.start) si++;
        const end = Math.max(m.end, si < sentences.length ? sentences[si].end : m.end);
        const after = mentions.filter((o) => o.start >= m.end && o.end <= end);
        const local = tokensWithin(tokens, { start: m.start, end });
        const found: EventReference[] = [];
        this.matchUnits(text, local, [...inner, ...after], register, [{ start: m.start, end }], found, resolver);
        refs.push(...found.filter((r) => r.event === m.id && r.start === m.start));
      }
    }
    // Longest first; on the same span a trigger wins over a bare name, since the user wrote it for that phrasing.
    refs.sort((a, b) => a.start - b.start || b.end - a.end || (a.via === 'trigger' ? -1 : 1) - (b.via === 'trigger' ? -1 : 1));
    return refs.filter((r, k) => !refs.some((o, j) => j < k && !o.active && o.event === r.event && o.start <= r.start && o.end >= r.end));
  }

  /**
   * The units as the triggers' words would say them: the historical present as the past, the bare verb after "did" and its
   * subject, "began to dictate" as "dictated", "put off the" as "removed from the".
   */
  private inTriggerWords(units: Unit[]): Unit[] {
    for (const u of units) if (u.norm && this.pastOf.has(u.norm)) u.norm = this.pastOf.get(u.norm);
    // "did Stalin become", "did he die": the bare verb after "did" and its subject is the past.
    for (let k = 0; k + 2 < units.length; k++) {
      if (units[k].norm !== 'did') continue;
      const subject = units[k + 1];
      const verb = units[k + 2];
      if ((subject.entity !== undefined || PRONOUNS.has(subject.norm ?? '')) && verb.norm && this.baseOf.has(verb.norm)) verb.norm = this.baseOf.get(verb.norm);
    }
    // "Lenin began to dictate", "he started dictating", "he began the dictation": the beginning of what the trigger's past tells, read as that past
    // (and dated as its start: claims.ts reads "began"). One unit from "began" to the verb, so the subject stands next to it.
    for (let k = units.length - 2; k >= 1; k--) {
      if (!BEGAN.has(units[k].norm ?? '') || (units[k - 1].entity === undefined && !PRONOUNS.has(units[k - 1].norm ?? ''))) continue;
      const to = units[k + 1].norm === 'to';
      const article = !to && /^(?:the|his|her|their)$/.test(units[k + 1].norm ?? '');
      const verb = units[k + (to || article ? 2 : 1)];
      const past = verb?.norm && (to ? this.baseOf.get(verb.norm) : article ? this.nounOf.get(verb.norm) : this.gerundOf.get(verb.norm));
      if (past) units.splice(k, to || article ? 3 : 2, { start: units[k].start, end: verb.end, norm: past });
    }
    // "put off the Politburo", "voted out of the Central Committee", "dropped from the Politburo": "removed from" in other words.
    // In the active voice the one removed stands between ("voted Trotsky off the Politburo", "threw Zinoviev out of the Politburo").
    for (let k = units.length - 3; k >= 0; k--) {
      const verb = units[k].norm;
      if (!verb || !REMOVED_VERBS.has(verb)) continue;
      const object = units[k + 1].entity !== undefined || (units[k + 1].norm !== undefined && OBJECT_PRONOUNS.has(units[k + 1].norm!)) ? 1 : 0;
      const at = k + 1 + object;
      const out = units[at]?.norm === 'out' && units[at + 1]?.norm === 'of';
      const from = out ? units[at + 1] : units[at];
      if (!from) continue;
      if (!out && !(from.norm === 'off' || (from.norm === 'from' && verb !== 'put' && verb !== 'thrown' && verb !== 'threw' && verb !== 'voted'))) continue;
      if (units[at + (out ? 2 : 1)]?.norm !== 'the') continue;
      const removed = { start: units[k].start, end: units[object ? k : k + (out ? 1 : 0)].end, norm: 'removed' };
      const fromUnit = { start: from.start, end: from.end, norm: 'from' };
      units.splice(k, 1 + object + (out ? 2 : 1), ...(object ? [removed, units[k + 1], fromUnit] : [removed, fromUnit]));
    }
    return units;
  }

  private matchUnits(text: string, tokens: Token[], mentions: EntityMention[], register: Register, sentences: Span[], refs: EventReference[], resolver: PronounResolver): void {
    const units = this.inTriggerWords(toUnits(tokens, mentions));
    // A derived form ("the Thermidorian bureaucracy") describes, it does not refer to the event.
    // A work's title with a date attached ("The Technique of Coup d'Etat (1931)") dates the work.
    for (const m of mentions) if (m.id && (m.type === 'event' || m.type === 'work') && !m.derived) refs.push({ start: m.start, end: m.end, event: m.id, via: 'mention', work: m.type === 'work' });
    let si = 0;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      while (si < sentences.length && sentences[si].end <= u.start) si++;
      const sentenceEnd = si < sentences.length ? sentences[si].end : text.length;
      const tryAll = (list: Trigger[] | undefined) => {
        if (!list) return;
        for (const t of list) {
          const end = matchAt(text, units, i, t.parts, sentenceEnd, resolver);
          if (end === undefined) continue;
          const ref: EventReference = { start: u.start, end, event: t.event.id, via: 'trigger' };
          if (t.active) ref.active = true;
          // A pronoun that takes the subject's slot ("he died the next day"): whom it was taken for, to be checked against the date.
          const first = t.parts[0];
          if (u.entity === undefined && 'slot' in first && PRONOUNS.has(u.norm!)) ref.pronoun = first.slot;
          refs.push(ref);
        }
      };
      // The word after a name and the others named with it ("Trotsky and Zinoviev were expelled").
      let after = i + 1;
      while (units[after]?.norm === 'and' && units[after + 1]?.entity) after += 2;
      if (u.entity !== undefined && units[after]?.norm && GROUP_NOUNS.has(units[after].norm!)) after++;
      const next = units[after]?.norm;
      // …or the word after an adverb ("Stalin only became"), or after an aside ("Trotsky, born at Yanovka in 1879, was murdered").
      const beyond = next !== undefined && SUBJECT_ADVERBS.has(next) ? units[after + 1]?.norm : undefined;
      const asideEnd = pastAside(text, units, i, sentenceEnd);
      const aside = asideEnd !== undefined ? units[asideEnd].norm : undefined;
      const setOff = u.entity !== undefined && SET_OFF.test(text.slice(u.end, u.end + 24));
      const bySlot = (slot: string, possessive: boolean) => {
        if (next !== undefined) tryAll(this.bySlotNext.get(`${slot}\0${auxiliary(next)}`));
        if (beyond !== undefined) tryAll(this.bySlotNext.get(`${slot}\0${auxiliary(beyond)}`));
        if (aside !== undefined) tryAll(this.bySlotNext.get(`${slot}\0${auxiliary(aside)}`));
        // A participle set off after the subject ("Tukhachevsky, himself shot in …") tries the passives ("{x} was shot").
        if (setOff) tryAll(this.bySlotNext.get(`${slot}\0was`));
        // "his death" may stand for "{x}'s death", whose second word is the possessive.
        if (possessive && next !== 's') tryAll(this.bySlotNext.get(`${slot}\0s`));
        tryAll(this.bySlotNext.get(slot));
      };
      if (u.entity !== undefined) bySlot(u.entity, false);
      else {
        tryAll(this.byWord.get(auxiliary(u.norm!)));
        tryAll(this.byPrefix.get(u.norm!.slice(0, 3)));
        if (PRONOUNS.has(u.norm!)) for (const who of resolver.candidates(u.start, undefined, u.norm!)) bySlot(who, POSSESSIVE_PRONOUNS.has(u.norm!));
        // A participle opening an item of a list after a colon tells what befell the subject before the colon, as the passive
        // ("Then he lost the struggle: removed from the Politburo in July 1926, expelled from the party in November 1927").
        if (si < sentences.length) {
          for (const slot of listSubjects(text, units, i, sentences[si].start, resolver)) {
            const list = this.bySlotNext.get(`${slot}\0was`);
            if (!list) continue;
            const told = [{ start: u.start, end: u.start, entity: slot }, { start: u.start, end: u.start, norm: 'was' }, ...units.slice(i, i + 24)];
            for (const t of list) {
              const end = matchAt(text, told, 0, t.parts, sentenceEnd, resolver);
              if (end !== undefined) refs.push(t.active ? { start: u.start, end, event: t.event.id, via: 'trigger', active: true } : { start: u.start, end, event: t.event.id, via: 'trigger' });
            }
          }
        }
      }
    }
  }
}

/**
 * An item of a list after a colon: it opens after the colon or a comma (", and"), with no semicolon since the colon.
 * (Not after a bare "and", which may join two participles of one item: "tried in secret on 11 June 1937 and shot".)
 */
const LIST_ITEM_OPENS = /(?::|,|,\s+and)\s*$/;

/**
 * The subject of the clause before a colon, for the participles that open the list after it: the first name or
 * personal pronoun of the sentence ("Then he lost the struggle:", "Trotsky's fall was swift:"). None where unit `i` opens no item.
 */
function listSubjects(text: string, units: Unit[], i: number, sentenceStart: number, resolver: PronounResolver): string[] {
  // (Most sentences have no colon: no slice for every word of them.)
  if (text.lastIndexOf(':', units[i].start) < sentenceStart) return [];
  const before = text.slice(sentenceStart, units[i].start);
  const colon = before.lastIndexOf(':');
  if (colon < 0 || !LIST_ITEM_OPENS.test(before) || before.includes(';', colon)) return [];
  let first: Unit | undefined;
  for (let k = i - 1; k >= 0 && units[k].start >= sentenceStart; k--) {
    const w = units[k];
    if (w.start < sentenceStart + colon && (w.entity || PRONOUNS.has(w.norm ?? ''))) first = w;
  }
  if (!first) return [];
  return first.entity ? [first.entity] : resolver.candidates(first.start, undefined, first.norm!);
}

/** Irregular pasts a trigger may use, and their present ("{kronstadt} rose": "the sailors rise"). */
const IRREGULAR_PRESENT: Record<string, string> = { rose: 'rises', fell: 'falls', broke: 'breaks', began: 'begins', shot: 'shoots', fled: 'flees', won: 'wins', struck: 'strikes', sank: 'sinks', left: 'leaves', met: 'meets', took: 'takes', came: 'comes', went: 'goes', gave: 'gives', lost: 'loses', fought: 'fights', led: 'leads', sent: 'sends', overthrew: 'overthrows' };

/** The third person present a past tense may be told in: "died" → "dies", "arrived" → "arrives", "expelled" → "expels", "crushed" → "crushes". */
function presentForms(past: string): string[] {
  if (IRREGULAR_PRESENT[past]) return [IRREGULAR_PRESENT[past]];
  if (past.length >= 4 && past.endsWith('ied')) return [`${past.slice(0, -3)}ies`];
  if (past.length < 5 || !past.endsWith('ed')) return [];
  const forms = [`${past.slice(0, -1)}s`, `${past.slice(0, -2)}s`, `${past.slice(0, -2)}es`];
  if (past[past.length - 3] === past[past.length - 4]) forms.push(`${past.slice(0, -3)}s`);
  return forms;
}

/** Irregular pasts and their bare forms. */
const IRREGULAR_BASE: Record<string, string> = { became: 'become', rose: 'rise', fell: 'fall', broke: 'break', began: 'begin', shot: 'shoot', fled: 'flee', won: 'win', struck: 'strike', sank: 'sink', left: 'leave', met: 'meet', took: 'take', came: 'come', went: 'go', gave: 'give', lost: 'lose', fought: 'fight', led: 'lead', sent: 'send', overthrew: 'overthrow', wrote: 'write' };

/** The bare forms a past may have: "appointed" → "appoint", "removed" → "remove", "expelled" → "expel", "died" → "die". */
function baseForms(past: string): string[] {
  if (IRREGULAR_BASE[past]) return [IRREGULAR_BASE[past]];
  if (past.length < 5 || !past.endsWith('ed')) return [];
  if (past.endsWith('ied')) return [`${past.slice(0, -3)}y`, past.slice(0, -1)];
  const forms = [past.slice(0, -2), past.slice(0, -1)];
  if (past[past.length - 3] === past[past.length - 4]) forms.push(past.slice(0, -3));
  return forms;
}

const QUOTE_OPENS = /^\s+["“]$/;

/** Verbs that with "off", "out of" or "from" say "removed from" ("put off the Politburo", "dropped from the Politburo"). */
const REMOVED_VERBS = new Set(['put', 'thrown', 'threw', 'voted', 'dropped', 'ousted', 'struck']);

/** "began to dictate", "started writing": the verbs that open what the verb after them tells. */
const BEGAN = new Set(['began', 'begun', 'started']);

/** The gerunds a bare form may have: "dictate" → "dictating", "expel" → "expelling", "die" → "dying". */
function gerunds(base: string): string[] {
  if (base.endsWith('ie')) return [`${base.slice(0, -2)}ying`];
  if (base.endsWith('e') && !base.endsWith('ee')) return [`${base.slice(0, -1)}ing`];
  return [`${base}ing`, `${base}${base[base.length - 1]}ing`];
}

function add(map: Map<string, Trigger[]>, key: string, t: Trigger): void {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

function tokensWithin(tokens: Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end].end <= span.end) end++;
  return tokens.slice(lo, end);
}

function compilePattern(pattern: string): PatternPart[] {
  const parts: PatternPart[] = [];
  for (const m of pattern.matchAll(/\{([^}]+)\}|([\p{L}\p{N}]+)(\*)?/gu)) {
    if (m[1]) parts.push({ slot: m[1].trim() });
    else for (const w of nameTokens(m[2])) parts.push({ word: w, prefix: !!m[3] });
  }
  return parts;
}

function toUnits(tokens: Token[], mentions: EntityMention[]): Unit[] {
  const units: Unit[] = [];
  let mi = 0;
  for (const t of tokens) {
    while (mi < mentions.length && mentions[mi].end <= t.start) mi++;
    const m = mentions[mi];
    if (m && m.start <= t.start && t.end <= m.end) {
      const last = units[units.length - 1];
      if (!(last && last.entity !== undefined && last.start === m.start)) units.push({ start: m.start, end: m.end, entity: m.id ?? '' });
      continue;
    }
    units.push({ start: t.start, end: t.end, norm: t.norm });
  }
  return units;
}

/** Nothing but spaces, apostrophes and hyphens between two units: a loop, since this runs for every trigger tried. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0 && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return true;
}

/**
 * The unit after an aside set off by commas after the subject at `i` ("Trotsky, born at Yanovka in 1879, was murdered";
 * "Lenin, already gravely ill, died"): an aside opens in lower case, or with a title in capitals followed by words in lower
 * case ("Stalin, People's Commissar of Nationalities since 1917, became …"), so a list of names ("Trotsky, Zinoviev, …") is none.
 */
function pastAside(text: string, units: Unit[], i: number, limit: number): number | undefined {
  if (units[i].entity === undefined && !PRONOUNS.has(units[i].norm ?? '')) return undefined;
  const m = /^\s*,\s*(?:\p{Ll}|\p{Lu}(?=[^,.;:!?()\n]*\s\p{Ll}{2,}\b))[^,.;:!?()\n]{1,60}?,\s*/u.exec(text.slice(units[i].end, units[i].end + 72));
  if (!m || /^\s*,\s*and\b/.test(m[0])) return undefined;
  const at = units[i].end + m[0].length;
  for (let k = i + 1; k < units.length && units[k].start <= at; k++) if (units[k].start === at && at < limit && units[k].norm) return k;
  return undefined;
}

/** Plural nouns that may follow a group's name as its head: "the Forty-Six comrades", "the Opposition leaders". */
const GROUP_NOUNS = new Set(['comrades', 'members', 'leaders', 'signatories', 'delegates', 'oppositionists', 'men']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const PREPOSITIONS = new Set(['at', 'in', 'to', 'from', 'into', 'onto', 'on']);

/** Determiners a trigger's article may stand for: "wrote a letter" is also "wrote his letter", "expelled from the party" "from his party". */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** Whether the sentence before `at` names `noun` with a determiner ("his party", "the party"). */
function namedBefore(text: string, at: number, noun: string): boolean {
  const from = Math.max(0, at - 240);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  return new RegExp(`\\b(?:his|her|its|their|the|that)\\s+${noun}\\b`, 'i').test(before.slice(stop + 1));
}

/** A comma after a subject and the participle it opens, perhaps after "himself": "Tukhachevsky, himself shot", "Trotsky, expelled". */
const SET_OFF = /^\s*,\s*(?:(?:himself|herself|themselves|itself)\s+)?(?=\p{Ll}+(?:ed|en|ot|wn|ung|ought)\b)/u;

function matchAt(text: string, units: Unit[], i: number, parts: PatternPart[], limit: number, resolver: PronounResolver): number | undefined {
  let u = i;
  let asideEnd: number | undefined;
  for (let p = 0; p < parts.length; p++, u++) {
    const unit = units[u];
    if (!unit || unit.start >= limit) return undefined;
    // (A quotation may open right after the subject: Lenin "began to dictate on …".)
    if (u > i && u !== asideEnd && !onlySpaceBetween(text, units[u - 1].end, unit.start) && !(units[u - 1].entity !== undefined && QUOTE_OPENS.test(text.slice(units[u - 1].end, unit.start)))) return undefined;
    const part = parts[p];
    if ('slot' in part) {
      // "Stalin only became General Secretary", "he then became": an adverb between the subject and its verb;
      // or an aside set off by commas, when the subject opens the trigger ("Trotsky, born at Yanovka in 1879, was murdered").
      const adverb = () => {
        const next = parts[p + 1];
        const a = units[u + 1];
        if (next && 'word' in next && a?.norm && SUBJECT_ADVERBS.has(a.norm) && a.norm !== next.word && a.start < limit && onlySpaceBetween(text, units[u].end, a.start)) u++;
        else if (next && 'word' in next) {
          // (The subject may end in the slot: "the sailors of Kronstadt, once the pride and glory of the revolution, rose".)
          const k = pastAside(text, units, u, limit);
          if (k !== undefined && units[k].norm !== undefined && auxiliary(units[k].norm!) === next.word) (asideEnd = k), (u = k - 1);
          else if (p === 0) {
            // "Tukhachevsky, himself shot in the purge of the army", "Trotsky, expelled from the party": a participle set off
            // after the subject is the passive "{x} was shot", "{x} was expelled".
            const participle = parts[p + 2];
            const set = auxiliary(next.word) === 'was' && participle && 'word' in participle ? SET_OFF.exec(text.slice(units[u].end, units[u].end + 24)) : null;
            const at = set ? units[u].end + set[0].length : -1;
            // (The unit there, looked for forward from the subject, not from the text's start: this runs per trigger tried.)
            let k = u + 1;
            while (set && k < units.length && units[k].start < at) k++;
            if (set && k < units.length && units[k].start === at && units[k].start < limit && units[k].norm === (participle as { word: string }).word) (asideEnd = k), (u = k - 1), p++;
          }
        }
      };
      if (unit.entity === part.slot) {
        // "the expulsion of Trotsky and Zinoviev from the party": others named with the slot's entity come along.
        while (units[u + 1]?.norm === 'and' && units[u + 2]?.entity && units[u + 2].start < limit && onlySpaceBetween(text, units[u].end, units[u + 1].start) && onlySpaceBetween(text, units[u + 1].end, units[u + 2].start)) u += 2;
        // "the forty-six comrades had sent theirs": a group named with the people it is made of.
        if (units[u + 1]?.norm && GROUP_NOUNS.has(units[u + 1].norm!) && units[u + 1].start < limit && onlySpaceBetween(text, units[u].end, units[u + 1].start)) u++;
        adverb();
        continue;
      }
      if (unit.norm && PRONOUNS.has(unit.norm) && resolver.candidates(unit.start, undefined, unit.norm).includes(part.slot)) {
        // "his death" stands for "{x}'s death": the pronoun takes the slot and the possessive.
        const next = parts[p + 1];
        if (POSSESSIVE_PRONOUNS.has(unit.norm) && next && 'word' in next && next.word === 's') p++;
        else adverb();
        continue;
      }
      return undefined;
    }
    if (!unit.norm) return undefined;
    // "Having led an Opposition against his party, Trotsky was expelled from it": "it" ends the trigger in place of
    // its closing "the party" when the sentence has named that noun before.
    const next = parts[p + 1];
    if (unit.norm === 'it' && part.word === 'the' && p + 2 === parts.length && next && 'word' in next && !next.prefix && namedBefore(text, unit.start, next.word)) return unit.end;
    if (part.prefix ? !unit.norm.startsWith(part.word) : auxiliary(unit.norm) !== auxiliary(part.word) && !(DETERMINERS.has(part.word) && DETERMINERS.has(unit.norm))) return undefined;
    // "Trotsky's own letter" for "{trotsky}'s letter": "own" after a possessive adds nothing.
    if (part.word === 's' && units[u + 1]?.norm === 'own' && next && 'word' in next && next.word !== 'own' && onlySpaceBetween(text, unit.end, units[u + 1].start)) {
      u++;
      continue;
    }
    // "wrote his letter of protest to the Central Committee" for "wrote a letter to the {central-committee}": a noun's "of" and one word after it.
    const of = units[u + 1];
    if (next && 'word' in next && !DETERMINERS.has(part.word) && next.word !== 'of' && of?.norm === 'of' && units[u + 2]?.norm && /^\p{Ll}{3,}$/u.test(text.slice(units[u + 2].start, units[u + 2].end)) && units[u + 3]?.norm === next.word && onlySpaceBetween(text, unit.end, of.start)) u += 2;
    // "landed them at Constantinople" for "landed at {constantinople}": an object pronoun between a verb and its preposition.
    else if (next && 'word' in next && PREPOSITIONS.has(next.word) && of?.norm && OBJECT_PRONOUNS.has(of.norm) && units[u + 2]?.norm === next.word && onlySpaceBetween(text, unit.end, of.start)) u += 1;
    // "Trotsky was only arrested", "was then removed": an adverb between the auxiliary and its participle.
    else if (next && 'word' in next && BEFORE_PARTICIPLE.has(part.word) && of?.norm && of.norm !== 'had' && SUBJECT_ADVERBS.has(of.norm) && units[u + 2]?.norm === next.word && onlySpaceBetween(text, unit.end, of.start)) u += 1;
  }
  return units[u - 1].end;
}

/**
 * Who a pronoun may stand for: the person named last, the person the passage is about
 * (named most often in the last stretch of text, nearer mentions counting more), and
 * the person the whole text is about (named most often in it; on a tie, named first).
 * Recency alone would pick whoever was named last ("Stalin had no need of it … he was
 * to leave his exile", in a review of a life of Trotsky); any of the last few people
 * would let a trigger take a figure named in passing ("joined Zinoviev and Kamenev …
 * In October 1926 he was removed", in an entry on Trotsky). People the register lacks
 * count too: in an essay on Serge, "he" is Serge, and no registered person's trigger takes it.
 */
export class PronounResolver {
  private readonly people: EntityMention[];
  /** The people a "she" or a "he" may be: no one whose name says the other sex ("she" is not Lenin). */
  private readonly bySex: Record<'f' | 'm', EntityMention[]>;
  /** The person the whole text names most often, or undefined when that person is not registered. */
  private readonly topic: string | undefined;
  private readonly topicSex: 'f' | 'm' | undefined;
  constructor(
    mentions: EntityMention[],
    register: Register,
    private readonly sentences: Span[] = [],
    subject?: string,
  ) {
    this.people = mentions.filter((m) => !m.derived && (m.id ? register.byId.get(m.id)?.type === 'person' : m.type === 'person'));
    const sexes = new Map<string, 'f' | 'm' | undefined>();
    const sexOf = (m: EntityMention) => {
      const key = personKey(m);
      if (!sexes.has(key)) sexes.set(key, sexByName(m.id ? (register.byId.get(m.id)?.name ?? m.text) : m.text));
      return sexes.get(key);
    };
    this.bySex = { f: this.people.filter((m) => sexOf(m) !== 'm'), m: this.people.filter((m) => sexOf(m) !== 'f') };
    const count = new Map<string, number>();
    for (const m of this.people) count.set(personKey(m), (count.get(personKey(m)) ?? 0) + 1);
    let topic: string | undefined;
    for (const [k, n] of count) if (topic === undefined || n > count.get(topic)!) topic = k;
    this.topic = topic && !topic.startsWith('?') ? topic : undefined;
    // A text that names no one more than twice is about the person its source's metadata names, if any: a boatman's ledger
    // calls Trotsky "the gentleman" and names him once, a doctor's case notes "the patient".
    if (subject && (topic === undefined || count.get(topic)! <= 2)) this.topic = subject;
    this.topicSex = this.topic ? (this.topic === subject && !sexes.has(subject) ? sexByName(register.byId.get(subject)?.name ?? '') : sexes.get(this.topic)) : undefined;
  }
  /** Who a pronoun at `offset` may be; with the pronoun given, no one its sex rules out. */
  candidates(offset: number, window = 1200, pronoun?: string): string[] {
    const sex = pronoun ? PRONOUN_SEX[pronoun.toLowerCase()] : undefined;
    const people = sex ? this.bySex[sex] : this.people;
    const topic = sex && this.topicSex && this.topicSex !== sex ? undefined : this.topic;
    let lo = 0;
    let hi = people.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (people[mid].end <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0 || offset - people[found].end >= window) return topic ? [topic] : [];
    const score = new Map<string, number>();
    for (let i = found; i >= 0 && offset - people[i].end < window; i--) {
      const m = people[i];
      score.set(personKey(m), (score.get(personKey(m)) ?? 0) + 1 + (window - (offset - m.end)) / window);
    }
    let local: string | undefined;
    for (const [k, v] of score) if (local === undefined || v > score.get(local)!) local = k;
    // The text's person stands in only where the sentence has named no one before the pronoun ("Wolf marries Knudsen; he is killed" is Wolf).
    const sentence = spanAt(this.sentences, offset, false);
    const namedBefore = !!sentence && people[found].start >= sentence.start;
    const out = new Set([personKey(people[found]), local!, ...(topic && !namedBefore ? [topic] : [])]);
    return [...out].filter((k) => !k.startsWith('?'));
  }
}

const PRONOUN_SEX: Record<string, 'f' | 'm'> = { she: 'f', her: 'f', hers: 'f', herself: 'f', he: 'm', him: 'm', his: 'm', himself: 'm' };
/** Given names ending in "-a" that are men's. */
const MEN_IN_A = new Set(['iona', 'ilya', 'ilia', 'nikita', 'foma', 'kuzma', 'luka', 'savva', 'sasha', 'misha', 'kolya', 'grisha', 'volodya', 'andrea', 'luca', 'joshua', 'ezra', 'ante']);

/**
 * A person's sex as the name tells it, where it does: a Russian surname in "-aya", "-ova", "-eva", "-ina" ("Krupskaya",
 * "Sedova"), or a given name in "-a" ("Natalia", "Rosa") is a woman's; another given name before a surname is a man's.
 * A surname alone tells nothing. Only used to rule candidates out, so a wrong guess loses a reading, never makes one.
 */
export function sexByName(name: string): 'f' | 'm' | undefined {
  const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (!words.length) return undefined;
  const last = words[words.length - 1].toLowerCase();
  if (/(?:aya|ova|eva|yova|ina)$/.test(last)) return 'f';
  if (words.length < 2) return undefined;
  const first = words[0].toLowerCase();
  if (/a$/.test(first) && !MEN_IN_A.has(first)) return 'f';
  return 'm';
}

/** A registered person by id; one the register lacks by surname, marked "?". */
function personKey(m: EntityMention): string {
  return m.id ?? `?${m.text.split(/\s+/).pop()}`;
}
