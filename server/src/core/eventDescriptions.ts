// Events told in free wording: "the founding conference at Rosmer's house on 3
// September 1938", "Pyatakov, Radek and Smirnov stood in the dock of the second great
// trial", "when he began dictating the Letter to the Congress".
// No registered name or trigger matches, but the words around a date and the
// entities named with it fit one registered event: the words of its name, aliases
// and triggers, and its participants. Such a reading is a guess, so it is made only
// where the evidence is plain (two cues, one of them a word that says what happened;
// clearly better than any other event) and the date lies within two years of the
// event's reference date: a loose description far from it is another event.
// Narrower ways of naming an event without its name (by its kind and date, by its
// number) are in eventKinds.ts.

import { isoToDay } from './dates';
import { isDatable, lifeDates, referenceDate, type Register } from './register';
import { nameTokens, type Token } from './tokens';
import type { DateMention, EntityMention, Span } from './types';
import { dayGap, nearestYear, type EventReference } from './claims';
import type { PronounResolver } from './triggers';
import { anniversaryAside, clauseAround } from './clauses';
import { ADJECTIVE_AL, cueOf, EVENT_NOUNS, HAPPENING_NOUNS, IRREGULAR_PASTS, ORDINALS, PHRASE_CUES, stem, STOPWORDS, SYNONYMS } from './eventWords';

/** A word or participant shared by more events than this (congress, party, Trotsky) is no cue. */
const MAX_EVENTS_PER_CUE = 6;
/**
 * The least evidence, as the sum of 1/(events sharing the cue): two cues each shared
 * by two events ("founding conference") just pass; a shared verb and a body named in
 * many events ("signing the Politburo's text") do not.
 */
const MIN_SCORE = 0.85;
/** Where one person's events share a verb, how far from the others a date must be to tell which it dates. */
const DATE_TIE_DAYS = 180;
/** How far from its reference date a described event may be dated. */
const PLAUSIBLE_DAYS = 731;
/** Words around a date that make it the date of something done to the event later, or of remembering it. */
const REMEMBRANCE = /\b(?:anniversar|jubilee|centenar|centennial|commemorat|memorial|remember|recall|celebrat)\w*/i;

/** Verbs whose "out" or "off" is an expulsion: before the particle, with or without its object ("thrown him out"), or at once ("thrown out"). */
const THROWN = '(?:thrown|driven|kicked|cast|voted|drummed|pushed|put)';
const THROWN_BEFORE = new RegExp(`\\b${THROWN}\\s+(?:\\w+\\s+)?$`, 'i');
const THROWN_JUST_BEFORE = new RegExp(`\\b${THROWN}\\s+$`, 'i');

/** Within this many characters of the date, a noun of another kind of event always bars a reading. */
const FOREIGN_KIND_REACH = 60;

/**
 * Words between the event's words and the date that make the date another's: a bound
 * ("shot in August 1936 after the first trial"), or what someone said at the event
 * ("Pyatakov told the court that in December 1935 he had flown to Oslo").
 */
const BOUNDS = /\b(?:after|before|since|until|till|following|preceding|prior\s+to)\b/i;
/** Words before "death" that make it a verdict: "sentences of death", "condemned to death". */
const VERDICT_BEFORE = /\b(?:sentences?|sentenced|condemned|condemning|penalty)\s+(?:of\s+|to\s+)?$/i;
/** Another participle joined on by "and" after a happening's participle: "Tried with Bukharin and shot". */
const NEXT_PARTICIPLE = /^[^,;.]{0,40}\band\s+(?:then\s+)?(?:\p{Ll}{3,}ed|shot|sent|hanged)\b/u;
/** A sentence that opens with its participle, its subject left out: "Removed from the Politburo on …", "Sentenced to death …". */
const ZERO_SUBJECT = /^[*_"“]*(?:\p{Lu}\p{Ll}+(?:ed|en|wn)|Shot|Sent|Put|Kept|Lost|Left|Held)\b/u;
/** Before the person heading an item or an entry: only the item's marks. */
const ITEM_HEAD = /^[\s>#-]*(?:\d+[.)]\s*)?[*_]*$/;
/** After it, the heading's close: "**Trotsky.**", "KAMENEV, Lev Borisovich", "Trotsky:". Not a verb: "Zinoviev spoke in 1925." */
const ITEM_HEAD_CLOSE = /^[*_]*\s*(?:[.:—–]|,\s*\p{Lu}|\s+\()/u;
/** A pronoun for one person, in a clause. */
const PRONOUN = /\b(?:he|his|him|she|her)\b/i;
/** Titles the register's names give people ("General Kornilov"), by which a text may name them ("the general's march"). */
const TITLES = 'general|admiral|marshal|tsar|czar|kaiser|emperor|chancellor|premier';
/** A register's name that opens with a title: "General Kornilov". */
const TITLED_NAME = new RegExp(`^(${TITLES})\\s+\\p{Lu}`, 'iu');
/** A person named by their title's possessive, with a noun: "the general's march". */
const TITLE_POSSESSIVE = new RegExp(`\\bthe\\s+(${TITLES})['’]s\\s+(\\p{Ll}{3,})\\b`, 'iu');
/** A verb of telling right after a person: "Kuzmina says", "the porter told us". */
const SAYS_AFTER = /^\s+(?:says|said|(?:writes|wrote)\s+that|tells|told\s+(?:us|me|him|her|them)|reports|reported|recalls|recalled|thinks|thought|believes|believed|claims|claimed|insists|insisted|hears|heard)\b/i;
// (The "that" of what was said, within a few words of its verb: not "the secretary says there will be no more of that now that Trotsky and
// Zinoviev were put out of the party on the 14th".)
const REPORTED = /\b(?:told|said|says|claimed|testified|confessed|stated|reported|wrote|argued|admitted|insisted|alleged|declared)(?:\s+[^\s.;]+){0,3}?\s+that\b[^.;]*$/i;

interface Profile {
  id: string;
  words: Set<string>;
  /** The words that tell what happened (nouns of events, verbs, deverbal nouns): one of them must be in the text. */
  happenings: Set<string>;
  /** Verbs that tell what happened only with their object: "seized" → "power". */
  objects: Map<string, Set<string>>;
  /** People whose event this is, named in its name ("Trotsky's deportation", "Dictation of Lenin's Testament"). */
  owners: Set<string>;
  participants: Set<string>;
  /** The events this one is part of: a description that fits the part fits its whole too, and the part is the answer. */
  wholes: Set<string>;
  /** Verbs the register's words say are done to the event's person: the person may be their object. */
  undergone: Set<string>;
  /** Nouns that name the works it is about ("letter" of the Testament's "Letter to the Congress"): no rival kind of event in it. */
  workNouns: Set<string>;
  reference: { earliest: string; latest: string };
}

/** A relative clause set off by commas after a name: ", who had not even joined the party yet,". */
const RELATIVE_ASIDE = /^\s*,\s*(?:who|whom|whose)\b[^,;:.()]{1,80},/;

export class EventDescriptions {
  private readonly profiles: Profile[] = [];
  /** How many events each cue (a word's stem, or a participant's id) belongs to. */
  private readonly spread = new Map<string, number>();
  /** The profiles each cue belongs to: a clause is scored against only the events it has a cue of. */
  private readonly byCue = new Map<string, Profile[]>();
  /** Each entry's type, for its participants. */
  private readonly types = new Map<string, string>();
  /** When each person died: one named as acting after it is the text's error, not a sign of another event. */
  private readonly deaths = new Map<string, string>();
  /** The people each title names in the register ("General Kornilov": general → kornilov). */
  private readonly titled = new Map<string, string[]>();

  constructor(register: Register) {
    for (const e of register.entries) {
      this.types.set(e.id, e.type);
      const died = e.type === 'person' ? lifeDates(e).died?.interval?.latest : undefined;
      if (died) this.deaths.set(e.id, died);
      if (e.type === 'person') {
        for (const phrase of [e.name, ...e.aliases]) {
          const t = TITLED_NAME.exec(phrase);
          const title = t && /^\p{Lu}/u.test(t[1]) ? t[1].toLowerCase().replace('czar', 'tsar') : undefined;
          if (title && !(this.titled.get(title) ?? []).includes(e.id)) this.titled.set(title, [...(this.titled.get(title) ?? []), e.id]);
        }
      }
    }
    for (const e of register.entries) {
      const reference = e.type === 'event' && isDatable(e) ? referenceDate(e)?.interval : undefined;
      if (!reference) continue;
      const words = new Set<string>();
      const happenings = new Set<string>();
      const participants = new Set(e.participants);
      // A verb a trigger gives its object ("{bolsheviks} seized power"): without that object, the verb is another act ("the villa was seized by the Bolsheviks").
      const objects = new Map<string, Set<string>>();
      for (const trigger of e.triggers) {
        const words = nameTokens(trigger.replace(/\{[^}]+\}/g, ' {} '));
        for (let k = 0; k + 1 < words.length; k++) {
          const [verb, object] = [words[k], words[k + 1]];
          if (!/.{3}ed$/.test(verb) || STOPWORDS.has(verb) || STOPWORDS.has(object) || object.length <= 2 || /^(?:itself|himself|herself|themselves)$/.test(object)) continue;
          const set = objects.get(cueOf(verb)) ?? new Set<string>();
          set.add(cueOf(object));
          objects.set(cueOf(verb), set);
        }
      }
      // What the register's words say is done to someone ("{trotsky} was expelled", "Trotsky removed from the Politburo", "removal of {trotsky}"):
      // only those verbs read the person as their object ("the plenum removed Trotsky"), not "joined Trotsky".
      const undergone = new Set<string>();
      for (const phrase of [e.name, ...e.aliases, ...e.triggers]) {
        for (const m of phrase.matchAll(/(?:\}|\p{Lu}\p{Ll}+)\s+(?:was|were|had\s+been|been)\s+(\p{Ll}+)/gu)) undergone.add(cueOf(m[1]));
        for (const m of phrase.matchAll(/(?:\}|\p{Lu}\p{Ll}+)\s+(\p{Ll}+ed)\s+(?:from|to|as|into)\b/gu)) undergone.add(cueOf(m[1]));
        for (const m of phrase.matchAll(/\b(\p{Ll}+(?:ion|al|ment))\s+of\s+\{/gu)) undergone.add(cueOf(m[1]));
        for (const slot of phrase.matchAll(/\{([^}]+)\}/g)) participants.add(slot[1].trim());
        for (const w of nameTokens(phrase.replace(/\{[^}]+\}/g, ' '))) {
          if (w.length <= 2 || STOPWORDS.has(w) || /^\d/.test(w)) continue;
          words.add(cueOf(w));
          if (EVENT_NOUNS.has(cueOf(w)) || IRREGULAR_PASTS.has(w) || /.{3}(?:ed|ion|ment|ing|ure|al)$/.test(w) && !ADJECTIVE_AL.test(w)) happenings.add(cueOf(w));
        }
      }
      // Every treaty is signed: "signed May 1922" is a word of the Treaty of Rapallo as of Brest-Litovsk's "signed at Brest".
      if (happenings.has('treaty')) words.add('sign');
      const nameWords = new Set(nameTokens(e.name));
      const owners = new Set(
        [...participants].filter((id) => {
          const p = register.byId.get(id);
          return p?.type === 'person' && nameTokens(p.name).some((w) => w.length > 2 && nameWords.has(w));
        }),
      );
      const wholes = new Set<string>();
      for (let w = e.partOf; w && !wholes.has(w); w = register.byId.get(w)?.partOf) wholes.add(w);
      const workNouns = new Set<string>();
      for (const id of participants) {
        const w = register.byId.get(id);
        if (w?.type === 'work') for (const phrase of [w.name, ...w.aliases]) for (const t of nameTokens(phrase)) if (t.length > 2 && !STOPWORDS.has(t)) workNouns.add(cueOf(t));
      }
      this.profiles.push({ id: e.id, words, happenings, objects, owners, participants, wholes, reference, undergone, workNouns });
    }
    for (const p of this.profiles) {
      for (const cue of [...p.words, ...[...p.participants].map((x) => `@${x}`)]) {
        this.spread.set(cue, (this.spread.get(cue) ?? 0) + 1);
        const list = this.byCue.get(cue);
        if (list) list.push(p);
        else this.byCue.set(cue, [p]);
      }
    }
  }

  /**
   * For each date, the one registered event its clause describes, if any: a reference
   * for that date alone (`forDate`). Names and triggers beside the same date come first
   * (`extractClaims` charges a description more).
   */
  references(
    text: string,
    tokens: readonly Token[],
    mentions: readonly EntityMention[],
    dates: readonly DateMention[],
    sentences: readonly Span[],
    /** People the register lacks: "Gurvich joined the Bolsheviks in 1915" is not Trotsky joining. */
    otherPeople: readonly EntityMention[],
    /** Who a pronoun may stand for, as triggers read it. */
    pronouns: PronounResolver,
  ): EventReference[] {
    if (!this.profiles.length) return [];
    const others = [...otherPeople].sort((a, b) => a.start - b.start);
    // Where names end, registered or not: a comma there may only separate names in a list.
    const nameEnds = new Set([...mentions, ...others].map((m) => m.end));
    const out: EventReference[] = [];
    let si = 0;
    // The words the last dated clause read, for a clause that leaves them out ("Zinoviev was removed … in July 1926 and Trotsky on 23 October").
    let last: { sentence: Span; words: [string, Span][] } | undefined;
    for (let di = 0; di < dates.length; di++) {
      const d = dates[di];
      // (A day counted from a date, "on the 23rd, one week later", is as plain as the date.)
      if (!d.interval || (d.kind !== 'date' && d.kind !== 'range' && !countedFromDate(d, dates))) continue;
      while (si < sentences.length && sentences[si].end <= d.start) si++;
      const s = sentences[si];
      if (!s || s.start > d.start) continue;
      const window = clauseAround(text, d, s, nameEnds);
      // Two dated parts joined by "and" are two clauses: "removed … in July 1926 and Trotsky on 23 October 1926". Dates are in text order: the neighbours suffice.
      for (const o of [dates[di - 1], dates[di + 1]]) {
        if (!o || !o.interval || o.end <= window.start || o.start >= window.end) continue;
        if (o.end <= d.start) {
          // (Not the "and" of two names: "the trial of Zinoviev and Kamenev opened on 24 August 1936".)
          const k = text.lastIndexOf(' and ', d.start);
          if (k >= o.end && k + 1 > window.start && !nameEnds.has(k)) window.start = k + 1;
        } else if (o.start >= d.end) {
          const k = text.indexOf(' and ', d.end);
          if (k >= 0 && k + 5 <= o.start && k < window.end && !nameEnds.has(k)) window.end = k;
        }
      }
      // An anniversary in apposition to the date says what the day was, not what the clause tells: "On 21 January 1928, the fourth
      // anniversary of Lenin's death, Trotsky was still in the train"; "On the tenth anniversary of October, 7 November 1927, Opposition columns marched".
      const aside = anniversaryAside(text, d, window);
      const said = aside ? text.slice(window.start, aside.start) + text.slice(aside.end, window.end) : text.slice(window.start, window.end);
      if (REMEMBRANCE.test(said) || REPORTED.test(text.slice(window.start, d.start))) continue;
      const { cues, named, personWords, phrased } = this.cuesIn(text, tokens, mentions, window, d, aside);
      // A sentence that opens with its participle, its subject left out, is the heading person's: "- **Kamenev.** … Sentenced to death on …".
      const head = window.start === s.start || /^[\s*_"“]*$/.test(text.slice(s.start, window.start)) ? this.headOfItem(text, s.start, mentions) : undefined;
      if (head && !cues.has(`@${head.id}`)) (cues.set(`@${head.id}`, head), named.push(head));
      // A clause of only a name and its date takes the words of the dated clause before it in the sentence.
      const gapped = last?.sentence === s && /^\s*(?:and|but|then|,)?\s*(?:[^\s,;:]+(?:\s+[^\s,;:]+){0,3})?\s*(?:on|in|at)?\s*$/i.test(text.slice(window.start, d.start)) && named.some((m) => m.type === 'person' && m.end <= d.start && m.start >= window.start && /^\s*(?:on|in|at)?\s*$/i.test(text.slice(m.end, d.start))) && /^[\s.,;]*$/.test(text.slice(d.end, window.end));
      if (gapped) {
        for (const [cue, at] of last!.words) if (!cues.has(cue)) cues.set(cue, at);
      } else last = { sentence: s, words: [...cues].filter(([cue, at]) => !personWords.has(cue) && !('type' in at && at.type === 'person')) };
      const best = this.best(text, mentions, others, window, d, s, cues, named, personWords, phrased, (at, word) => pronouns.candidates(at, undefined, word));
      if (!best) {
        // "Kornilov's abortive march of July 1917": a person's possessive and a noun taking the date, for their one event.
        const own = this.ownedTaking(text, named, d);
        if (own && dayGap(d.interval, own.reference) <= PLAUSIBLE_DAYS) out.push({ start: own.start, end: own.end, event: own.id, via: 'description', forDate: d.start });
        continue;
      }
      // What a named event did, or what was done at it, is that event's ("Trotsky was condemned by the Thirteenth Congress",
      // "… condemned at the Thirteenth Congress"): no other event's, however like its words.
      if (mentions.some((m) => m.id && m.id !== best.profile.id && this.types.get(m.id) === 'event' && !best.profile.wholes.has(m.id) && m.start >= window.start && m.end <= window.end && best.happening && m.start >= best.happening.end && /\b(?:by|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(best.happening.end, m.start - 8), m.start)))) continue;
      // A year the text leaves out is Clio's guess from the years around it (the minutes of 1938 on "12th March", after items on 1921):
      // the date is plausible in the year nearest the event; `extractClaims` decides whether that year may be taken.
      if (dayGap(d.implied ? nearestYear(d.interval, best.profile.reference) : d.interval, best.profile.reference) > PLAUSIBLE_DAYS) continue;
      // The reference spans the event's words, not the people named with them: "Tomsky stood in the dock" keeps Tomsky outside it, taking part.
      const spans = best.wordSpans;
      out.push({ start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)), event: best.profile.id, via: 'description', forDate: d.start });
    }
    return out;
  }

  /**
   * The one registered event a clause tells of in free wording, with no date to anchor it
   * ("the government dared to lay hands on Trotsky", "it was proclaimed"): the same plain
   * evidence as for a dated clause, read over the whole clause. For the order a text puts
   * events in (`sequences.ts`). A person's possessive with a noun ("Kornilov's lunge") is
   * that person's event where they have only one.
   */
  describe(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], clause: Span, otherPeople: readonly EntityMention[] = []): EventReference | undefined {
    if (!this.profiles.length) return undefined;
    const { cues, named, personWords, phrased } = this.cuesIn(text, tokens, mentions, clause);
    // The clause stands for the sentence: a person named in another clause of it ("only after that was Zinoviev removed") owns nothing in this one.
    const best = this.best(text, mentions, [...otherPeople].sort((a, b) => a.start - b.start), clause, clause, clause, cues, named, personWords, phrased);
    if (best) {
      const spans = best.wordSpans.length ? best.wordSpans : best.spans;
      return { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)), event: best.profile.id, via: 'description' };
    }
    // "the general's march": a person by the title the register's names give them ("General Kornilov"), the one so titled who has one event.
    const titled = TITLE_POSSESSIVE.exec(text.slice(clause.start, clause.end));
    if (titled && titled.index <= 20) {
      const title = titled[1].toLowerCase();
      const owners = this.titled.get(title === 'czar' ? 'tsar' : title) ?? [];
      const own = owners.map((id) => this.onlyEventOf(id)).filter((e): e is Profile => !!e);
      if (own.length === 1 && (EVENT_NOUNS.has(stem(titled[2])) || HAPPENING_NOUNS.test(titled[2]) || titled[2] === 'march')) {
        const at = clause.start + titled.index;
        return { start: at, end: at + titled[0].length, event: own[0].id, via: 'description' };
      }
    }
    for (const m of named) {
      // "Kornilov's march", or the name as a noun's modifier with a word for a happening: "the Kornilov business".
      const noun = m.type === 'person' ? /^['’]s\s+(\p{Ll}{3,})\b/u.exec(text.slice(m.end, m.end + 30)) ?? /^\s+(business|affair|episode|adventure|revolt|rising|putsch|plot|coup|march|mutiny)\b/u.exec(text.slice(m.end, m.end + 20)) : null;
      // ("Kornilov's march": a month's name is a noun here.)
      if (!noun || (STOPWORDS.has(noun[1]) && noun[1] !== 'march') || m.start - clause.start > 20) continue;
      const own = this.onlyEventOf(m.id!);
      if (own) return { start: m.start, end: m.end + noun[0].length, event: own.id, via: 'description' };
    }
    return undefined;
  }

  /** The one event of a person whose possessive and noun take the date at once ("Kornilov's abortive march of July 1917"). */
  private ownedTaking(text: string, named: readonly EntityMention[], d: DateMention): { id: string; start: number; end: number; reference: { earliest: string; latest: string } } | undefined {
    const m = named.find((x) => x.type === 'person' && x.end < d.start && d.start - x.end <= 40);
    const noun = m ? /^['’]s\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}{3,})\s+(?:of|in|on)\s+$/u.exec(text.slice(m.end, d.start))?.[1] : undefined;
    // A noun of something that happens ("march", "coup", "arrest", "removal"), not "Zinoviev's support in 1924-25"; and a day or a month, not "the 1920s".
    if (!m || !noun || !(EVENT_NOUNS.has(stem(noun)) || HAPPENING_NOUNS.test(noun)) || (d.granularity !== 'day' && d.granularity !== 'month')) return undefined;
    const own = this.onlyEventOf(m.id!);
    return own && { id: own.id, start: m.start, end: d.start, reference: own.reference };
  }

  /**
   * The one event like `id`, one person's own, that `person` owns instead: the same words of what happened and the
   * same other participants ("Zinoviev's removal from the Politburo" for "Trotsky's"). For an elided clause:
   * "Trotsky was put off the Political Bureau in October, and Zinoviev only afterwards".
   */
  counterpart(id: string, person: string): string | undefined {
    const p = this.profiles.find((x) => x.id === id);
    if (!p || !p.owners.size || p.owners.has(person)) return undefined;
    // (The same body or place; who else took part, the one who did it, may differ: Stalin is in Zinoviev's removal, not in Trotsky's.)
    const others = [...p.participants].filter((x) => !p.owners.has(x) && this.types.get(x) !== 'person');
    const fits = this.profiles.filter((q) => q !== p && q.owners.has(person) && [...p.happenings].every((w) => q.words.has(w)) && others.every((x) => q.participants.has(x)));
    return fits.length === 1 ? fits[0].id : undefined;
  }

  /** The one registered event whose name names this person, if they have only one ("Kornilov affair" for Kornilov). */
  private onlyEventOf(person: string): Profile | undefined {
    const own = this.profiles.filter((p) => p.owners.has(person));
    return own.length === 1 ? own[0] : undefined;
  }

  /** The cues in a window (word stems outside any mention, phrases, and the registered entities named), leaving out the date `skip`. */
  private cuesIn(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], window: Span, skip?: Span, aside?: Span): { cues: Map<string, Span>; named: EntityMention[]; personWords: Set<string>; phrased: Set<string> } {
    // Windows of neighbouring dates may overlap or widen backwards: find the first token by search, not by a running pointer.
    let ti = 0;
    for (let hi = tokens.length; ti < hi; ) {
      const mid = (ti + hi) >> 1;
      if (tokens[mid].end <= window.start) ti = mid + 1;
      else hi = mid;
    }
    const cues = new Map<string, Span>();
    const note = (cue: string, at: Span) => {
      if (!cues.has(cue) && (this.spread.get(cue) ?? 0) > 0) cues.set(cue, at);
    };
    const inWindow = within(mentions, window);
    let mi = 0;
    for (let k = ti; k < tokens.length && tokens[k].start < window.end; k++) {
      const t = tokens[k];
      if ((skip && t.start >= skip.start && t.end <= skip.end) || (aside && t.start >= aside.start && t.end <= aside.end)) continue;
      while (mi < inWindow.length && inWindow[mi].end <= t.start) mi++;
      const m = inWindow[mi];
      if (m && m.start <= t.start && t.end <= m.end) continue;
      // "thrown off the Politburo", "driven out of the party", "put out of the Politburo": an expulsion.
      // (Not a ship's "cast off".)
      const particle = /^(?:out|off)$/.test(t.norm);
      const verb = particle ? THROWN_JUST_BEFORE.exec(text.slice(Math.max(0, t.start - 12), t.start)) : null;
      const thrownOut = particle && THROWN_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && !(t.norm === 'off' && !!verb && /^cast\b/i.test(verb[0]));
      if (!thrownOut && !(t.norm === 'off' && text[t.start - 1] === '-') && (t.norm.length <= 2 || STOPWORDS.has(t.norm))) continue;
      // "ended with eighteen sentences of death", "condemned to death", "the death penalty": a verdict, no one's death.
      if (t.norm === 'death' && (VERDICT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || /^\s+(?:sentences?|penalty|penalties|warrants?)\b/i.test(text.slice(t.end, t.end + 12)))) continue;
      // "lost his seat on the Politburo": a removal.
      // "the send-off at the station": a farewell meeting.
      const sendOff = t.norm === 'off' && /\bsend-$/i.test(text.slice(Math.max(0, t.start - 5), t.start));
      const cue = thrownOut ? 'expel' : sendOff ? 'meet' : /^seats?$/.test(t.norm) && /\blos(?:t|es|e|ing)\s+(?:his|her|their)\s+$/i.test(text.slice(Math.max(0, t.start - 20), t.start)) ? 'remov' : cueOf(t.norm);
      // "was thrown out": the verb and its particle are one word for what happened, whose subject is the one thrown out.
      const at = thrownOut && verb ? { start: t.start - verb[0].length, end: t.end } : t;
      // A noun of events is noted even where no event has it: it says what the clause is about.
      if (EVENT_NOUNS.has(cue) && !cues.has(cue)) cues.set(cue, at);
      else note(cue, at);
    }
    // Phrases that tell what happened in other words: "laid hands on him" (an arrest), "threw him into prison" (an imprisonment).
    const said = text.slice(window.start, window.end);
    // (A phrase tells what someone did, not the kind of event the clause is about: "was removed to Gorki" bars no stroke.)
    const phrased = new Set<string>();
    for (const [pattern, cue] of PHRASE_CUES) {
      const f = pattern.exec(said);
      if (!f) continue;
      const at = { start: window.start + f.index, end: window.start + f.index + f[0].trimEnd().length };
      if (!cues.has(cue)) (note(cue, at), phrased.add(cue));
      // The phrase's own words are no kind of event of their own: the "peace" of "made their peace with".
      for (const [other, span] of cues) if (other !== cue && span.start >= at.start && span.end <= at.end) phrased.add(other);
    }
    const named = inWindow.filter((m) => m.id && !m.derived && !(aside && m.start >= aside.start && m.end <= aside.end));
    const personWords = new Set<string>();
    for (const m of named) {
      note(`@${m.id}`, m);
      // A place the event's own name writes out ("the Hamburg rising" for a registered Hamburg) is a word of it too.
      if (m.type === 'place') for (const w of nameTokens(m.text)) if (w.length > 2 && !STOPWORDS.has(w)) note(cueOf(w), m);
      // So are people, but only as a pair (see `score`): "Zinoviev, who went before the judges … with Kamenev" for the "Zinoviev–Kamenev trial".
      if (m.type === 'person') {
        for (const w of nameTokens(m.text)) {
          const cue = cueOf(w);
          if (w.length > 2 && !STOPWORDS.has(w) && !cues.has(cue)) {
            note(cue, m);
            if (cues.has(cue)) personWords.add(cue);
          }
        }
      }
    }
    return { cues, named, personWords, phrased };
  }

  /** The event the cues of a window plainly tell of, clearly ahead of any other that is not its part or whole; `d` is what the window is read for (a date, or the clause itself). */
  private best(text: string, mentions: readonly EntityMention[], others: readonly EntityMention[], window: Span, d: Span, s: Span, cues: Map<string, Span>, named: readonly EntityMention[], personWords: ReadonlySet<string>, phrased: ReadonlySet<string>, pronouns?: (at: number, word: string) => string[]): Scored | undefined {
    if (cues.size < 2) return undefined;
    const ordinals = [...cues.keys()].filter((c) => ORDINALS.has(c));
    const kinds = [...cues.keys()].filter((c) => EVENT_NOUNS.has(c) && !phrased.has(c));
    const people = [...named, ...within(others, window)].filter((m) => m.type === 'person');
    const places = named.filter((m) => m.type === 'place');
    const candidates = new Set<Profile>();
    // An event far from a date the text gives in full is no rival for one near it: the reading would be dropped as implausible.
    const at = (d as Partial<DateMention>).interval;
    const far = (p: Profile) => !!at && !(d as Partial<DateMention>).implied && dayGap(at, p.reference) > PLAUSIBLE_DAYS;
    for (const cue of cues.keys()) for (const p of this.byCue.get(cue) ?? []) if (!far(p)) candidates.add(p);
    // The clause's pronoun, and who it may be, found once for all the candidates.
    const pronoun = PRONOUN.exec(text.slice(window.start, window.end));
    let whoPronoun: string[] | undefined;
    const who = () => (whoPronoun ??= pronoun && pronouns ? pronouns(window.start + pronoun.index, pronoun[0]) : []);
    const fitting = [...candidates]
      .filter((p) => !ordinals.length || ordinals.some((o) => p.words.has(o)) || ![...p.words].some((w) => ORDINALS.has(w)))
      .filter((p) => this.peopleFit(p, text, people, places, mentions, d, s, !!pronoun, who))
      .map((p) => this.score(text, p, cues, personWords));
    for (const r of fitting) {
      // A person's own event told by a phrase for what happened that no other event's words have ("drove an ice axe into
      // Trotsky's skull": a killing) needs no second word. (Not a word of its triggers': "deprived Lenin of speech" is no cue that a speech is the stroke.)
      r.sole = r.matched.length === 1 && phrased.has(r.matched[0]) && r.profile.owners.size > 0 && this.byCue.get(r.matched[0])?.length === 1;
      if (r.matched.length < 2 || !phrase(text, r.wordSpans)) continue;
      // (Events far from the date share nothing with it: "their new International, founded … on Saturday the 10th" of September 1938 is not the Comintern's founding.)
      const sharing = r.matched.map((w) => new Set((this.byCue.get(w) ?? []).filter((p) => !far(p)))).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
      r.distinct = sharing.size === 1;
    }
    const inSentence = new Set(within(mentions, s).flatMap((m) => (m.id && m.start >= s.start && m.end <= s.end ? [m.id] : [])));
    let ranked = fitting.filter((r) => plain(r, text, d, cues, kinds, [...r.profile.owners].some((o) => inSentence.has(o)))).sort((a, b) => b.score - a.score);
    // "Lenin arrived here late on 3 April 1917": a person's own event told by the person doing what it names, where only one of theirs is so named.
    if (!ranked.length) {
      // (The subject of a list of steps may stand before the clause: "Trotsky was removed from the Politburo, expelled from the party in November 1927".)
      const stepSubjects = within(mentions, s).filter((m) => m.type === 'person' && m.end <= window.start && m.start >= s.start);
      const acting = fitting.filter((r) => this.ownerActs(r, text, [...stepSubjects.filter((m) => !named.includes(m)), ...named], d, cues, kinds, pronouns));
      const one = acting.length > 1 ? narrow(acting, text, window, d) : acting;
      if (one.length === 1) ranked = one;
    }
    // …or by a phrase or a word for what happened that only that person's events have ("the Ilyich sailed with Trotsky aboard",
    // "the train carrying him into exile": the deportation of 1929 or the exile of 1928), where the date tells which.
    if (!ranked.length) {
      const phrasedOwn = fitting.filter((r) => r.matched.length === 1 && (phrased.has(r.matched[0]) || r.profile.happenings.has(r.matched[0])) && r.happening && [...r.profile.owners].some((o) => inSentence.has(o)) && (this.byCue.get(r.matched[0]) ?? []).every((p) => [...r.profile.owners].some((o) => p.owners.has(o))));
      const one = phrasedOwn.length > 1 ? narrow(phrasedOwn, text, window, d) : [];
      if (one.length === 1 && unbarred(one[0].profile, text, d, one[0].happening!, cues, kinds)) ranked = one;
    }
    // …or by one of its participants undergoing what it names, where that names one event of theirs or one whole and its parts
    // ("Kamenev was sentenced to death on 24 August 1936": of the Moscow trials, only the first had him in the dock).
    if (!ranked.length) {
      const undergoing = fitting.filter((r) => this.participantUndergoes(r, text, named, d, cues, kinds, mentions));
      const chain = undergoing.filter((r) => undergoing.every((o) => o === r || o.profile.wholes.has(r.profile.id) || r.profile.wholes.has(o.profile.id)));
      if (chain.length === undergoing.length && chain.length) ranked = chain.sort((a, b) => b.profile.wholes.size - a.profile.wholes.size).slice(0, 1);
    }
    if (!ranked.length) return undefined;
    // A pronoun is one person, the one named last before it: "it was Trotsky's turn: in October 1926 he was put out of the Politburo" is not Zinoviev's removal, named in the sentence before.
    if (pronoun) {
      const at = window.start + pronoun.index;
      const [last, before] = within(mentions, { start: Math.max(0, at - 300), end: at }).reverse().filter((m) => m.end <= at && this.types.get(m.id ?? '') === 'person');
      // …unless two were named together ("Orm and Brun were tired … he"): then it is left alone.
      const meant = last && !(before && /^\s*(?:,|and|,\s*and|&)\s*$/.test(text.slice(before.end, last.start))) ? last.id : undefined;
      const byPronoun = (r: Scored) => r.profile.owners.size > 0 && ![...r.profile.owners].some((o) => inSentence.has(o));
      if (meant && ranked.length > 1 && ranked.some((r) => r.profile.owners.has(meant))) ranked = ranked.filter((r) => !byPronoun(r) || r.profile.owners.has(meant));
      // Nor is a person's own event read where a subject pronoun means someone else and the owner is named only after it, outside
      // the clause ("Kamenev … He was removed from the Politburo in January 1926, sided with Zinoviev's opposition": not Zinoviev's removal).
      if (meant && /^(?:he|she)$/i.test(pronoun[0])) {
        const ownerFirst = (r: Scored) => mentions.some((m) => m.id && r.profile.owners.has(m.id) && m.start >= s.start && m.end <= s.end && (m.start < at || m.end <= window.end));
        ranked = ranked.filter((r) => !r.profile.owners.size || r.profile.owners.has(meant) || ownerFirst(r));
        if (!ranked.length) return undefined;
      }
    }
    let best = ranked[0];
    // A part that fits as well as its whole is the answer ("the dock" with Bukharin and Rykov: the third trial, not the trials);
    // the event's noun in the plural is the whole ("the trials of Zinoviev, Kamenev, Pyatakov and Radek"), though "the judges" are not.
    // (A reading through a participant's undergoing may have matched no happening word.)
    const said = best.happening ? text.slice(best.happening.start, best.happening.end) : '';
    if (/[^s]s$/i.test(said) && !SYNONYMS.has(stem(said))) best = ranked.find((r) => best.profile.wholes.has(r.profile.id)) ?? best;
    else for (let part = partOf(ranked, best); part; part = partOf(ranked, best)) best = part;
    // A whole and its parts are one reading at two scales, not rivals ("Bukharin, Rykov and Tomsky in the dock": the trials, or the third of them).
    const rival = ranked.find((r) => r !== best && !best.profile.wholes.has(r.profile.id) && !r.profile.wholes.has(best.profile.id));
    if (!rival || rival.score * 1.5 <= best.score) return best;
    const close = narrow(ranked.filter((r) => r.score * 1.5 > best.score), text, window, d);
    return close.length === 1 ? close[0] : undefined;
  }

  /**
   * Whether the people and places of the clause can be the event's. Not when it names
   * only people the event lacks ("a letter from Rakovsky to the Politburo" is not the
   * Declaration of the 46; "Rosmer's house" names a place, not an actor), or only
   * places an event with places lacks ("a separate treaty with the Ukraine"). An event
   * of a person's own (its name names them) needs that person in the sentence, or a
   * pronoun in the clause with the person named just before.
   */
  private peopleFit(p: Profile, text: string, people: readonly EntityMention[], places: readonly EntityMention[], mentions: readonly EntityMention[], d: Span, sentence: Span, pronoun: boolean, who: () => string[]): boolean {
    // One of the event's own, or one whose name the event's name writes out ("a former Wrangel officer" of the "Wrangel officer affair").
    const own = (m: EntityMention) => (!!m.id && p.participants.has(m.id)) || nameTokens(m.text).some((w) => p.words.has(cueOf(w)));
    // Not someone named well after the date, in a clause of their own ("at Brest on 3 March 1918, when we gave away the lands that Peter the Great had won").
    // Nor someone dead by the date ("In September 1927, when Dzerzhinsky sent his men to break up the press": he died in 1926):
    // the event is still read, and the life check then reports him.
    const at = (d as Partial<DateMention>).interval;
    const dead = (m: EntityMention) => !!m.id && !!at && (this.deaths.get(m.id) ?? '9999') < at.earliest;
    // (Nor whoever tells of it: "Kuzmina says Ilyich's letter was read out to the delegations", "according to Gurvich".)
    const teller = (m: EntityMention) => SAYS_AFTER.test(text.slice(m.end, m.end + 24)) || /\baccording\s+to\s+$/i.test(text.slice(Math.max(0, m.start - 14), m.start));
    const actors = people.filter((m) => !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && m.start < d.end + 30 && !dead(m) && !teller(m));
    if (actors.length && !actors.some(own)) return false;
    // One who underwent it with them ("Zinoviev was expelled with Trotsky") is in the event too: not Zinoviev's own removal.
    if (actors.some((m) => !own(m) && m.start >= sentence.start && /\b\p{Ll}{3,}(?:ed|en|wn)\s+(?:together\s+|along\s+)?with\s+$/u.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)))) return false;
    if (places.length && !places.some(own) && [...p.participants].some((id) => this.types.get(id) === 'place')) return false;
    if (!p.owners.size) return true;
    // (Not a companion in a later step, past a comma: "Removed from the Political Bureau in July 1926, expelled with Trotsky in November 1927".)
    const companion = (m: EntityMention) => m.start >= d.end && /\bwith\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && /,/.test(text.slice(d.end, m.start));
    const owner = (from: number, to: number) => mentions.some((m) => m.id && p.owners.has(m.id) && m.start < to && m.end > from && !companion(m));
    if (owner(sentence.start, sentence.end)) return true;
    // …or, where the sentence opens with its participle and no subject, the person an item or an entry is headed by:
    // "- **Trotsky.** Commissar of War, 1918–1925. Removed from the Politburo on 23 October 1926".
    const head = this.headOfItem(text, sentence.start, mentions);
    if (head && p.owners.has(head.id!)) return true;
    // …or a pronoun in the clause for them: named just before, or the one the passage or the text is about.
    return pronoun && (owner(d.start - 300, d.start) || who().some((k) => p.owners.has(k)));
  }

  /**
   * Whether the event's own person is the subject of a word that says what happened, a word few events share
   * ("Lenin arrived", "Stalin was appointed"), with no noun of another kind of event near the date and no bound between.
   */
  private ownerActs(r: Scored, text: string, named: readonly EntityMention[], d: Span, cues: ReadonlyMap<string, Span>, kinds: readonly string[], pronouns?: (at: number, word: string) => string[]): boolean {
    if (!r.profile.owners.size) return false;
    for (const [cue, at] of cues) {
      if (!r.profile.happenings.has(cue) || 'id' in at || this.spread.get(cue)! > MAX_EVENTS_PER_CUE || !fromOwn(text, cues, r.profile, at)) continue;
      // (Past a relative clause set off by commas: "Trotsky, who had not even joined the party yet, was arrested".)
      // (…or before a list of steps done to them, each a participle: "Trotsky was removed from the Politburo, expelled from …".)
      const beforeVerb = (m: EntityMention) => m.end <= at.start && (/^\s+(?:(?:was|were|had|has|been|is|are|also|then|finally|first|later|soon)\s+){0,2}$/i.test(text.slice(m.end, at.start).replace(RELATIVE_ASIDE, ' ')) || STEPS_BEFORE.test(text.slice(m.end, at.start)));
      // (The second may have a given name Clio does not link: "Leon Trotsky and Gregory Zinoviev".)
      const paired = (a: EntityMention, b: EntityMention) => a.end <= b.start && /^\s*(?:,|and|,\s*and)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u.test(text.slice(a.end, b.start));
      // The subject, or the first of two ("Trotsky and Zinoviev were expelled").
      const next = named.find((m) => m.type === 'person' && beforeVerb(m));
      const subject = named.find((m) => r.profile.owners.has(m.id!) && beforeVerb(m)) ?? (next && named.find((m) => r.profile.owners.has(m.id!) && paired(m, next)));
      // Co-subjects share the verb, so the event must have them all: "Trotsky and Zinoviev were expelled" is no removal of Zinoviev's alone.
      const coSubject = subject && (subject === next || !next ? named.find((m) => m.type === 'person' && paired(m, subject)) : next);
      if (coSubject && !r.profile.participants.has(coSubject.id!)) continue;
      // …and so must a pronoun co-subject's person: "when he and Zinoviev were expelled", of Trotsky, is no removal of Zinoviev's alone.
      const coPronoun = subject && /\b(he|she|they|we|I)\s+and\s+$/i.exec(text.slice(Math.max(0, subject.start - 12), subject.start));
      if (coPronoun && !(pronouns?.(subject.start - coPronoun[0].length, coPronoun[1]) ?? []).some((who) => who !== subject.id && r.profile.participants.has(who))) continue;
      // Done to them ("was appointed"), or done with no object ("arrived here late"): "Lenin proposed the tax in kind" is not his proposal of a bloc.
      const undergoes = !!subject && (/\b(?:was|were|been)\b/i.test(text.slice(subject.end, at.start)) || /^\s+(?:here|there|back|home|late|early|at|in|on|from|into|onto|again|finally|safely)\b/i.test(text.slice(at.end, at.end + 12)));
      // …or done to them as the verb's object, in the active: "the plenum removed Trotsky from the Politburo", "Stalin expelled Trotsky from the party";
      // every person so named must be the event's ("expelled Trotsky and Zinoviev" is no removal of Zinoviev's alone).
      // (…or in a script's historical present: "the plenum relieves Trotsky as Commissar of War".)
      const object = !undergoes && /(?:ed|[^s]s)$|^(?:put|threw)$/i.test(text.slice(at.start, at.end)) && r.profile.undergone.has(cue) ? named.find((m) => r.profile.owners.has(m.id!) && m.start >= at.end && /^\s+$/.test(text.slice(at.end, m.start))) : undefined;
      if (object && named.some((m) => m.type === 'person' && m !== object && m.start > object.end && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(object.end, m.start)) && !r.profile.participants.has(m.id!))) continue;
      if (!undergoes && !object) continue;
      // …from a body the event lacks: "Trotsky and Zinoviev were removed from the Central Committee" is not a removal from the Politburo.
      const after = object ? object.end : at.end;
      const body = named.find((m) => m.type === 'organization' && m.start >= after && m.start - after < 30);
      if (body && !r.profile.participants.has(body.id!) && [...r.profile.participants].some((id) => this.types.get(id) === 'organization')) continue;
      // …or from one the register does not link, named in words the event lacks ("expelled from the Communist Party" is no removal from the Politburo).
      // (With its head in lower case: "from the Communist party".)
      const unlinked = /^\s+from\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,4}(?:\p{Ll}+)?)/u.exec(text.slice(after, after + 50));
      if (!body && unlinked && !nameTokens(unlinked[1]).some((w) => r.profile.words.has(cueOf(w)))) continue;
      // …and, done to them in the active, from a place in words the event lacks ("expelled Trotsky from the party" is no deportation).
      const from = object && /^\s+from\s+(?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/u.exec(text.slice(after, after + 40));
      if (!body && from && !nameTokens(from[1]).some((w) => !STOPWORDS.has(w) && r.profile.words.has(cueOf(w)))) continue;
      // (A body named as the verb's subject is the doer, no rival kind of event: "the plenum removed Trotsky".)
      const doer = (k: string) => !!object && cues.get(k)!.end <= at.start && /^\s*$/.test(text.slice(cues.get(k)!.end, at.start));
      return unbarred(r.profile, text, d, at, cues, kinds, doer);
    }
    return false;
  }

  /**
   * Whether a participant of the event is the subject of a passive verb that says what happened, a word of the event's own
   * ("Kamenev was sentenced", "Bukharin was tried"), with nothing barring the date.
   */
  private participantUndergoes(r: Scored, text: string, named: readonly EntityMention[], d: Span, cues: ReadonlyMap<string, Span>, kinds: readonly string[], mentions: readonly EntityMention[]): boolean {
    for (const [cue, at] of cues) {
      if ((!r.profile.happenings.has(cue) && !(cue === 'trial' && r.profile.words.has('trial'))) || !fromOwn(text, cues, r.profile, at)) continue;
      if ('id' in at || !/ed$/i.test(text.slice(at.start, at.end))) continue;
      const subject = named.find((m) => m.type === 'person' && r.profile.participants.has(m.id!) && m.end <= at.start && /^\s+(?:(?:was|were|had\s+been|has\s+been)\s+)(?:(?:also|then|only|finally|later|soon|duly|publicly|secretly)\s+)?$/i.test(text.slice(m.end, at.start))) ?? this.itemHead(text, at, r.profile, mentions);
      // Every person named as a co-subject must be the event's too.
      if (!subject || named.some((m) => m.type === 'person' && m !== subject && !r.profile.participants.has(m.id!) && m.end <= subject.start && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(m.end, subject.start)))) continue;
      if (unbarred(r.profile, text, d, at, cues, kinds)) return true;
    }
    return false;
  }

  /**
   * The person heading the item or entry of a sentence that opens at `opens` with its participle and leaves out its subject
   * ("- **Kamenev.** Chairman of the Moscow Soviet. Sentenced to death on 19 August 1936"): the person named first on the
   * line, with only the item's marks before and a heading's close after.
   */
  private headOfItem(text: string, opens: number, mentions: readonly EntityMention[]): EntityMention | undefined {
    if (!ZERO_SUBJECT.test(text.slice(opens, opens + 30))) return undefined;
    const lineStart = text.lastIndexOf('\n', opens - 1) + 1;
    const head = mentions.find((m) => m.id && m.start >= lineStart && m.start < opens && this.types.get(m.id) === 'person');
    return head && ITEM_HEAD.test(text.slice(lineStart, head.start)) && ITEM_HEAD_CLOSE.test(text.slice(head.end, head.end + 8)) ? head : undefined;
  }

  /** The heading person, for a participle at `at` that opens its sentence, where the event has them. */
  private itemHead(text: string, at: Span, p: Profile, mentions: readonly EntityMention[]): EntityMention | undefined {
    if (!/(?:^|[.!?;]\s+|\n)[*_"“]*$/.test(text.slice(Math.max(0, at.start - 40), at.start))) return undefined;
    const head = this.headOfItem(text, at.start, mentions);
    return head && p.participants.has(head.id!) ? head : undefined;
  }

  private score(text: string, p: Profile, cues: Map<string, Span>, personWords: ReadonlySet<string>): Scored {
    // One name the event's name writes out is too little ("Stalin … was formed" is not the anti-Stalin bloc); two are a pair the name pairs.
    const pair = [...personWords].filter((w) => p.words.has(w) && this.spread.get(w)! <= MAX_EVENTS_PER_CUE).length >= 2;
    let score = 0;
    let count = 0;
    let words = 0;
    let happening: Span | undefined;
    const spans: Span[] = [];
    const wordSpans: Span[] = [];
    const matched: string[] = [];
    for (const [cue, at] of cues) {
      const own = cue.startsWith('@') ? p.participants.has(cue.slice(1)) : p.words.has(cue) && (pair || !personWords.has(cue));
      if (!own) continue;
      const spread = this.spread.get(cue)!;
      // Trotsky, Lenin, "congress": named with too many events to tell which. A participant so named still adds its
      // little weight ("Zinoviev, Kamenev, I. N. Smirnov … in the dock": the first trial), but is no cue of its own.
      if (spread > MAX_EVENTS_PER_CUE) {
        if (cue.startsWith('@')) score += 1 / spread;
        continue;
      }
      // A name the event's name writes out ("Hamburg" of the Hamburg uprising, a place the register may lack) names it like a
      // participant: it is not said in words. A capital inside the sentence, owned by this event alone.
      // (Not for a person's own event: there the person must be named, which a pronoun with such a word would bypass.)
      const name = spread === 1 && !p.owners.size && /^\p{Lu}\p{Ll}/u.test(text.slice(at.start, at.end)) && !/(?:^|[.!?:]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at.start - 4), at.start));
      if (!cue.startsWith('@') && !name) words++;
      // A word of a place's name ("the Yaroslavl station") tells where, not what happened.
      const object = p.objects.get(cue);
      if (p.happenings.has(cue) && !('id' in at) && (!object || [...object].some((o) => cues.has(o))) && fromOwn(text, cues, p, at)) happening ??= at;
      score += 1 / spread;
      count++;
      spans.push(at);
      if (!cue.startsWith('@') && !personWords.has(cue)) (wordSpans.push(at), matched.push(cue));
    }
    return { profile: p, matched, score, count, words, spans, wordSpans, happening };
  }
}

interface Scored {
  profile: Profile;
  /** The words of the event's own matched (no participants, no people's names). */
  matched: string[];
  /** No other event has all the matched words, and they make a phrase ("the third trial"): the phrase names this event. */
  distinct?: boolean;
  /** A person's own event whose one matched word is its alone: with the person named, that word names the event. */
  sole?: boolean;
  score: number;
  count: number;
  words: number;
  spans: Span[];
  wordSpans: Span[];
  happening?: Span;
}

/** Between a subject and a participle, the steps before it in a list: " was removed from the Politburo in October 1926, " (then "expelled"). */
const STEPS_BEFORE = /^\s+(?:was|were|had\s+been)\s+\p{Ll}{3,}(?:ed|en|wn)\b[^.;:!?]{0,80}?,\s+(?:and\s+|then\s+)?$/u;

/**
 * What a removal is "from" is the event's own: "expelled from the party" is no removal from the Politburo, though both are
 * expulsions. (A return's "from exile" says where from, not which return.)
 */
function fromOwn(text: string, cues: ReadonlyMap<string, Span>, p: Profile, at: Span): boolean {
  const m = /^\s+(?:from|out\s+of)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?/.exec(text.slice(at.end, at.end + 24));
  if (!m || !/^(?:expel|remov|dismiss|dropp|oust|exclud|thr[eo]w|struck|kick|purg)/i.test(text.slice(at.start, at.end))) return true;
  const from = at.end + m[0].length;
  const named = [...cues].find(([, x]) => x.start === from)?.[0];
  const word = named ?? cueOf((/^\p{L}+/u.exec(text.slice(from, from + 30))?.[0] ?? '').toLowerCase());
  return !word || STOPWORDS.has(word) || (word.startsWith('@') ? p.participants.has(word.slice(1)) : p.words.has(word));
}

/**
 * Whether a scored event is read plainly enough from the clause: two cues or more, one a word of the event's
 * own and one telling what happened, with evidence of MIN_SCORE; no noun of another kind of event near the date;
 * with no participant named, the words as a phrase (or the event's noun taking the date at once); and no bound
 * ("after", "before") between what happened and the date.
 */
/** A day counted from a date the text gives ("October the 16th … one week later"), not from an event. */
function countedFromDate(d: DateMention, dates: readonly DateMention[]): boolean {
  return d.kind === 'relative' && d.granularity === 'day' && !d.deictic && !!d.anchor && dates.some((x) => x.start === d.anchor!.start && x.end === d.anchor!.end && x.kind === 'date');
}

/** The words of an act that its issuer makes many of. */
const DOCUMENT_STEMS = new Set(['decree', 'decrees', 'resolution', 'resolutions', 'law', 'laws', 'edict', 'ukase', 'directive', 'order'].map((w) => stem(w)));

function plain(r: Scored, text: string, d: Span, cues: ReadonlyMap<string, Span>, kinds: readonly string[], ownerNamed: boolean): boolean {
  const happening = r.happening;
  // "Trotsky lost his seat on the Politburo": with its person named, what happened and a participant
  // tell a person's own event from another's (Zinoviev's removal has the same verb and body), however common both are.
  // (peopleFit has let an owned event through only with its person in the sentence, or a pronoun for them.)
  const owned = r.profile.owners.size > 0;
  // "by a decree of the Council of People's Commissars": an act's word and its issuer tell no more than that the body acted; which
  // decree it was, its subject says ("the decree on nationalisation").
  if (r.matched.length && r.matched.every((w) => DOCUMENT_STEMS.has(w))) return false;
  // (A participant named with the event's word, on a date inside the event, is as plain: "Bukharin stood in the dock in March 1938".)
  const at = (d as Partial<DateMention>).interval;
  // (An event of some weeks at most: a date inside a series of trials over years tells nothing.)
  const ref = r.profile.reference;
  const within = r.count > r.words && !!at && !(d as Partial<DateMention>).implied && dayGap(at, ref) === 0 && isoToDay(ref.latest) - isoToDay(ref.earliest) <= 62;
  if (r.words === 0 || (r.count < 2 && !(r.sole && ownerNamed)) || (r.score < MIN_SCORE && !(owned && r.count > r.words) && !r.distinct && !within) || !happening) return false;
  // Words apart are read together where the sentence names the event's person ("the addition demanding Stalin's removal"), not a pronoun alone.
  // (…or a participle set off after it, dated: "their fellow defendants, condemned on 21 August 1936".)
  // (…or two people its name pairs, named in the clause: "the sentences were read out in Moscow against Zinoviev, Kamenev and the others".)
  const pairNamed = r.spans.length - r.wordSpans.length >= 2;
  if (r.count === r.words && !ownerNamed && !pairNamed && !phrase(text, r.spans) && !/^(?:\s+(?:of|on|in)|\s*,\s*(?:condemned|sentenced|tried|executed|shot)\s+(?:on|in))\s+$/.test(text.slice(happening.end, d.start))) return false;
  // A noun of a kind of event that is about what happened is no rival: "a declaration of surrender".
  // …nor one the happening is addressed to, after it: "began dictating his letter to the congress".
  const addressee = (k: string) => cues.get(k)!.start >= happening.end && /^[^,;:.!?]{0,40}\b(?:to|for)\s+(?:the|a|an)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(happening.end, cues.get(k)!.start));
  // …nor one done at the event, its setting after it: "Pyatakov recanted from the dock alongside Bukharin in March 1938".
  const doneAt = (k: string) => cues.get(k)!.end <= happening.start && /^\s+(?:[\p{L}-]+\s+){0,3}(?:from|in|at|before)\s+(?:the\s+)?$/u.test(text.slice(cues.get(k)!.end, happening.start));
  // …nor one held during it: "the mill meetings held during the trial of Bukharin, Rykov and Tomsky in March 1938".
  const during = (k: string) => cues.get(k)!.end <= happening.start && /^[^,;:.!?]{0,30}\b(?:during|throughout|in\s+the\s+course\s+of|at\s+the\s+time\s+of)\s+(?:the\s+)?$/i.test(text.slice(cues.get(k)!.end, happening.start));
  // …nor a noun of the work the event is about: "Lenin's letter was read to the delegations" (the Testament, a letter).
  return unbarred(r.profile, text, d, happening, cues, kinds, (k) => /^\s+(?:of|on)\s+(?:(?:the|their|his|her)\s+)?$/i.test(text.slice(cues.get(k)!.end, happening.start)) || addressee(k) || doneAt(k) || during(k) || r.profile.workNouns.has(k));
}

/**
 * Whether nothing bars reading the date with the word `happening`: no noun of another kind of event nearer the date
 * than it (or within FOREIGN_KIND_REACH), unless `exempt`; and no bound ("after", "before") between it and the date.
 */
function unbarred(profile: Profile, text: string, d: Span, happening: Span, cues: ReadonlyMap<string, Span>, kinds: readonly string[], exempt: (kind: string) => boolean = () => false): boolean {
  // A date opening its sentence before a comma dates the clause it opens, across an aside of time counted from another
  // event, whose noun is no rival and whose bound is its own: "In 1927, three years after Lenin's death, Trotsky was thrown out of the party".
  const aside = d.end <= happening.start && /(?:^|[.!?]\s+|\n\s*)(?:(?:in|on|by|early\s+in|late\s+in)\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 16), d.start)) ? /^,[^,;:]*,/.exec(text.slice(d.end, happening.start)) : null;
  const inAside = (k: string) => !!aside && cues.get(k)!.start >= d.end && cues.get(k)!.end <= d.end + aside[0].length;
  // A kind of event in a clause of time after the date is when it happened, not what: "signed May 1922 as the Genoa conference broke up".
  const when = (k: string) => cues.get(k)!.start >= d.end && /^[\s,]+(?:as|while|when|during)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/u.test(text.slice(d.end, cues.get(k)!.start));
  // …nor one that did what happened, after "by": "expelled from the party … by a joint session of the Central Committee".
  const agent = (k: string) => cues.get(k)!.start > happening.end && /\bby\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, cues.get(k)!.start - 24), cues.get(k)!.start));
  // …nor the meeting at which it happened, dated right after: "voted Trotsky off the Politburo at the plenum of 23 October 1926".
  const setting = (k: string) => {
    const c = cues.get(k)!;
    return c.start >= happening.end && c.end <= d.start && /\bat\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, c.start - 24), c.start)) && /^\s+(?:of|on|in)\s+(?:the\s+)?$/.test(text.slice(c.end, d.start));
  };
  // …nor what one came back from: "Lenin came home from exile", "returned from his Siberian exile".
  const whence = (k: string) => cues.get(k)!.start >= happening.end && cues.get(k)!.start - happening.end <= 30 && /\bfrom\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(text.slice(happening.end, cues.get(k)!.start));
  if (!kinds.every((k) => profile.words.has(k) || exempt(k) || when(k) || inAside(k) || agent(k) || setting(k) || whence(k) || distance(cues.get(k)!, d) > Math.max(FOREIGN_KIND_REACH, distance(happening, d)))) return false;
  // What happened in a clause of time ("shortly before Tukhachevsky was shot") is when something else happened: a date past that clause is the other's.
  const timeClause = /\b(?:before|after|until|since)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:was|were|had|has|been)\s+)*$/u.test(text.slice(Math.max(0, happening.start - 50), happening.start));
  if (timeClause && d.start >= happening.end && /[,;]/.test(text.slice(happening.end, d.start))) return false;
  const between = text.slice(Math.min(d.end, happening.end), Math.max(d.start, happening.start));
  // A date after another participle joined on is that one's: "Tried with Bukharin and shot on 15 March 1938" (the shooting's).
  // (A day only: "were tried and shot in June" dates both.)
  if (d.start >= happening.end && (d as Partial<DateMention>).granularity === 'day' && /ed$/i.test(text.slice(happening.start, happening.end)) && NEXT_PARTICIPLE.test(between)) return false;
  return !BOUNDS.test(aside ? between.slice(aside[0].length) : between);
}

/**
 * Of one person's events that fit a clause equally (sharing a verb: "expelled" from the Politburo, the party, the
 * country), the one where the clause says from or out of what, in the event's own words ("Trotsky was thrown out of
 * the party"); or the one the date falls on, far from the rest ("Trotsky was expelled on 14 November 1927"). A reading by
 * the date agrees with the register by construction: it adds the claim to the chronology, never a conflict with the reference.
 */
function narrow(list: readonly Scored[], text: string, window: Span, d: Span): Scored[] {
  // Only one person's events: "a peace treaty with Germany, signed June 1919" names no one, and a date is no name.
  const [first, ...rest] = list;
  if (!first || ![...first.profile.owners].some((o) => rest.every((r) => r.profile.owners.has(o)))) return [...list];
  let out = [...list];
  const whence = /\b(?:from|out\s+of|off)\s+(?:the\s+|his\s+|her\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/u.exec(text.slice(window.start, window.end));
  const words = whence ? nameTokens(whence[1]).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(cueOf) : [];
  // (Words none of them has are about something else: "before we cast off our agent had it …".)
  const whose = out.filter((r) => words.some((w) => r.profile.words.has(w)));
  if (whose.length) out = whose;
  const at = (d as Partial<DateMention>).interval;
  if (out.length > 1 && at) {
    const on = out.filter((r) => dayGap(at, r.profile.reference) === 0);
    if (on.length === 1 && out.every((r) => r === on[0] || dayGap(at, r.profile.reference) > DATE_TIE_DAYS)) out = on;
  }
  return out;
}

/** A part of `best`'s event that fits at least as well. */
function partOf(ranked: readonly Scored[], best: Scored): Scored | undefined {
  return ranked.find((r) => r.profile.wholes.has(best.profile.id) && r.score >= best.score);
}

/** Characters between two spans. */
function distance(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The mentions (sorted by start) that overlap a span, found by binary search: this runs for every date. */
function within(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  let lo = 0;
  let hi = mentions.length;
  // Mentions do not nest far: one starting 200 characters before the span cannot reach into it.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < span.start - 200) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < mentions.length && mentions[k].start < span.end; k++) if (mentions[k].end > span.start) out.push(mentions[k]);
  return out;
}

/**
 * Two of the cues side by side ("founding conference", "trade unions"): with no participant named, words alone must
 * make a phrase, or the event's noun must take the date at once ("the raid of 27 September 1927 on its secret press").
 */
function phrase(text: string, spans: readonly Span[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Side by side, or with one short word between ("raided its press", "the second great trial").
  // Or a subject and its passive verb: "the new Union of Soviet Republics was proclaimed".
  // Or a noun and a participle set off after it: "their new International, founded in France".
  return sorted.some((x, k) => k > 0 && (/^[\s-]+(?:\p{L}{1,6}[\s-]+)?$/u.test(text.slice(sorted[k - 1].end, x.start)) || /^(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3}\s+(?:was|were|(?:had|has|have)\s+been)\s+$/u.test(text.slice(sorted[k - 1].end, x.start)) || (/^,\s+$/.test(text.slice(sorted[k - 1].end, x.start)) && /^\p{Ll}{3,}ed$/u.test(text.slice(x.start, x.end)))));
}
