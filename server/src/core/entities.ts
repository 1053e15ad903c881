// Entity linking: one pass over the text's tokens through a trie of every alias
// in the register (longest match wins), derived forms (Trotskyism, Stalinist),
// ambiguity, near misses and other transliterations. Names the register lacks
// are candidates.ts's job.

import type { Register, RegisterEntry } from './register';
import { isEnglishWord } from './nameWords';
import { foldCase, isUpper } from './text';
import { joinable, nameTokens, PEOPLES_PREFIXES, tokenize, wordHash, type Token } from './tokens';
import type { EntityMention, Span } from './types';

interface TrieNode {
  /** The words that continue a name here, by their hash (`Token.hash`): no folded string is made to look one up. */
  next: Map<number, TrieNode>;
  /** This node's word, folded: what a token found by hash must be. */
  word: string;
  /** Another word at this point of the trie with the same hash (rare). */
  sameHash?: TrieNode;
  /** Some alias has a comma before this word ("The Workers' State, Thermidor and Bonapartism"). */
  afterComma?: boolean;
  /** …and a colon, as a title's before its subtitle ("Trotsky: The Sword of the Revolution"). */
  afterColon?: boolean;
  /** …and an opening bracket, as a party's faction after its name ("Russian Communist Party (Bolsheviks)"); not a year's ("(1927)"), which a mention leaves out. */
  afterBracket?: boolean;
  /** Entries whose alias ends here. */
  hits?: AliasHit[];
}

interface AliasHit {
  entry: RegisterEntry;
  derived: boolean;
  misspelling?: boolean;
  /** The alias starts with a capital letter: the text must too. */
  capitalised: boolean;
  /** An acronym (CC, NEP): the text must match its case exactly. */
  acronym?: string;
  /**
   * A work's short title, derived from its name ("Stalin" from "Stalin: An Appraisal…
   * (Trotsky)"): it names the work only where the text treats it as a title, and
   * otherwise yields to the other entries that share the name.
   */
  shortTitle?: boolean;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Words of bodies' names that the period's English spelt otherwise, as whole words: the register's spelling → the period's. */
const PERIOD_SPELLINGS: [RegExp, string][] = [
  [/\bCommissars\b/g, 'Commissaries'],
  [/\bCommissar\b/g, 'Commissary'],
  [/\bSocialist[- ]Revolutionar(y|ies)\b/g, 'Social Revolutionar$1'],
];

/** A registered name in the period's spelling of its words, or the name itself. */
function periodSpelling(name: string): string {
  return PERIOD_SPELLINGS.reduce((n, [from, to]) => n.replace(from, to), name);
}

/** The child of `node` for the token's word, if any. */
function child(node: TrieNode, tok: Token): TrieNode | undefined {
  for (let n = node.next.get(tok.hash); n; n = n.sameHash) if (tok.is(n.word)) return n;
  return undefined;
}

/** Prefixes that bind a name into a compound word: "All-Russian", "Anglo-Soviet", "Russo-Japanese". */
const COMPOUND_PREFIX = new RegExp(`(?:^|[^\\p{L}])(?:All|Pan|Austro|${PEOPLES_PREFIXES.map((p) => p[0].toUpperCase() + p.slice(1)).join('|')})-$`, 'u');

/** Suffixes that make a derived form of a person's, an event's or a group's name: Trotsky → Trotskyism, Thermidor → Thermidorian, Opposition → Oppositionist. */
const DERIVATIONAL_SUFFIXES = ['isms', 'ism', 'ists', 'ist', 'ites', 'ite', 'ians', 'ian', 'eans', 'ean'];
/** Suffixes that name a place's people: Kronstadt → Kronstadters, Berlin → Berliner. */
const INHABITANT_SUFFIXES = ['ers', 'er'];
/** Their last two letters, as one number: most capitalised words end otherwise, and are turned away without their folded form. */
const SUFFIX_ENDINGS = new Set([...DERIVATIONAL_SUFFIXES, ...INHABITANT_SUFFIXES].map((s) => (s.charCodeAt(s.length - 2) << 8) | s.charCodeAt(s.length - 1)));

/** Bits in the filter of first words: 2^20, 128 KB, few false hits with tens of thousands of names. */
const FIRST_WORD_BITS = 20;
const FIRST_WORD_MASK = (1 << FIRST_WORD_BITS) - 1;

/** Whether `hash`'s bit is set in a filter of FIRST_WORD_BITS bits. */
function inFilter(filter: Uint32Array, hash: number): boolean {
  const bit = hash & FIRST_WORD_MASK;
  return (filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

function setInFilter(filter: Uint32Array, hash: number): void {
  const bit = hash & FIRST_WORD_MASK;
  filter[bit >>> 5] |= 1 << (bit & 31);
}

/** One hash for two words in a row, for the filter of names' first two words. */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) >>> 0;
}

export class EntityMatcher {
  private readonly root: TrieNode = { next: new Map(), word: '' };
  /**
   * A bit per hash of every word that starts a name: most words of a text start none,
   * and one read of this turns them away before the trie's map is asked.
   */
  private readonly firstWords = new Uint32Array(1 << (FIRST_WORD_BITS - 5));
  /** A bit per word that is a whole name by itself. */
  private readonly wholeWords = new Uint32Array(1 << (FIRST_WORD_BITS - 5));
  /**
   * A bit per first two words of every longer name: most words that start a name are
   * common ones ("the", "a", "on"), and the next word turns them away here, before the trie is asked.
   */
  private readonly firstPairs = new Uint32Array(1 << (FIRST_WORD_BITS - 5));
  /** Head nouns of bodies' names in "X of Y" form → the entries ("Secretariat" → Secretariat of the Central Committee). */
  private readonly heads = new Map<string, RegisterEntry[]>();
  /** Every word of every registered name → the entries whose names have it. */
  private readonly nameWords = new Map<string, RegisterEntry[]>();
  /** Derived words whose plural is another entry's name ("Soviet" / "Soviets"). */
  private readonly nounElsewhere = new Map<string, RegisterEntry>();
  /** Single-token aliases of people, events, groups and bodies, for suffix derivation. */
  private readonly stems = new Map<string, RegisterEntry[]>();
  /** Single-token names of places, for their inhabitants ("Kronstadters"). */
  private readonly placeStems = new Map<string, RegisterEntry[]>();
  /** One-letter deletions of single-word names → entries (a SymSpell-style index). */
  private readonly nearNames = new Map<string, RegisterEntry[]>();
  readonly ignored: Set<string>;
  /** Transliteration keys of every word (three letters or more) of registered people's names → the people. */
  private readonly personWordKeys = new Map<string, RegisterEntry[]>();
  /** Transliteration keys of single-word names of people, places and organisations → entries and the registered spelling. */
  private readonly variantKeys = new Map<string, { entry: RegisterEntry; name: string }[]>();

  constructor(readonly register: Register) {
    // Every registered name, folded, and the entries that bear it.
    const byName = new Map<string, RegisterEntry[]>();
    for (const e of register.entries) for (const a of [e.name, ...e.aliases]) push(byName, nameTokens(a).join(' '), e);
    const allNames = new Set(byName.keys());
    for (const entry of register.entries) {
      const names = new Set([entry.name, ...entry.aliases, ...glossedNames(entry, allNames)]);
      for (const n of names) this.add(n, entry, false);
      // The period's English spellings of the words in bodies' names: "Council of People's Commissaries", "Left Social Revolutionaries".
      for (const n of names) {
        const period = periodSpelling(n);
        if (period !== n) this.add(period, entry, false);
      }
      for (const n of names) {
        // An acronym's plural names its members, and its singular the body or one of them: "SRs", "an SR".
        if (/^\p{Lu}{2,5}s$/u.test(n)) this.add(n.slice(0, -1), entry, false);
        // A movement's doctrine: "National Socialists" → "National Socialism", derived.
        if (entry.type === 'group' && /\s\S+ists$/.test(n)) this.add(n.replace(/ists$/, 'ism'), entry, true);
        // A group's name in the plural names one of its members in the singular, derived: "Nepmen" → "Nepman", "Left SRs" → "Left SR",
        // and so does a party's named for its members ("Socialist Revolutionaries" → "a Socialist Revolutionary").
        if ((entry.type === 'group' || (entry.type === 'organization' && /\s\p{Lu}\p{L}+(?:aries|ists|ites)$/u.test(n))) && /^\p{Lu}/u.test(n)) {
          const one = n.replace(/men$/, 'man').replace(/ies$/, 'y').replace(/(?<=[^s'’])s$/, '');
          if (one !== n && !allNames.has(nameTokens(one).join(' '))) this.add(one, entry, true);
        }
      }
      // A derived word's plural is the same derived form ("Pole", "Poles"), unless it names something else ("Soviets").
      for (const d of entry.derived) {
        const plural = nameTokens(d + 's').join(' ');
        const pluralElsewhere = allNames.has(plural);
        for (const form of /[sh]$/.test(d) || pluralElsewhere ? [d] : [d, d + 's']) this.add(form, entry, true);
        // "Soviet", whose plural "Soviets" names councils: as a noun it is one of them, not the Soviet Union.
        const owner = pluralElsewhere ? byName.get(plural)?.find((e) => e !== entry) : undefined;
        if (owner) this.nounElsewhere.set(nameTokens(d).join(' '), owner);
      }
      // Bodies only: an event's or a work's head ("Case of…", "Letter to…") is too common a word.
      if (entry.type === 'organization')
        for (const n of names) {
          const head = /^(\p{Lu}\p{Ll}+) of\s/u.exec(n.trim())?.[1];
          if (head && !(this.heads.get(foldCase(head)) ?? []).includes(entry)) push(this.heads, foldCase(head), entry);
        }
      for (const m of entry.misspellings) this.add(m, entry, false, true);
      if (entry.type === 'work') for (const t of shortTitles(names)) this.add(t, entry, false, false, true);
      // Single-word names feed "did you mean" (edit distance 1, five letters or more), other
      // transliterations (people, places, bodies) and derived forms (people, events, groups: "Oppositionists").
      const variants = entry.type === 'person' || entry.type === 'place' || entry.type === 'organization' || entry.type === 'group';
      for (const n of names) {
        const toks = nameTokens(n);
        for (const w of toks) if (!(this.nameWords.get(w) ?? []).includes(entry)) push(this.nameWords, w, entry);
        if (entry.type === 'person') for (const t of toks) if (t.length >= 3) push(this.personWordKeys, transliterationKey(t), entry);
        // A person's surname in another spelling is that person even where the register lists only the full name.
        const surname = entry.type === 'person' && toks.length > 1 && toks[toks.length - 1].length >= 5 ? toks[toks.length - 1] : undefined;
        if (surname) this.addVariant(surname, entry, n.trim().split(/\s+/).pop()!);
        if (toks.length !== 1 || toks[0].length < 4) continue;
        const word = toks[0];
        if (word.length >= 5) for (const k of deletions(word)) push(this.nearNames, k, entry);
        if (variants) this.addVariant(word, entry, n);
        if (entry.type === 'person' || entry.type === 'event' || entry.type === 'group' || entry.type === 'organization') push(this.stems, word, entry);
        // A group's plural name gives its singular as a stem too: "Nazis" → "Nazi", whence "Nazism".
        if (entry.type === 'group' && /[^s]s$/.test(word) && word.length >= 5) push(this.stems, word.slice(0, -1), entry);
        if (entry.type === 'place') push(this.placeStems, word, entry);
      }
    }
    this.ignored = new Set(register.ignored.map((n) => nameTokens(n).join(' ')));
    for (const [hash, first] of this.root.next) {
      setInFilter(this.firstWords, hash);
      for (let n: TrieNode | undefined = first; n; n = n.sameHash) {
        if (n.hits) setInFilter(this.wholeWords, hash);
        for (const second of n.next.keys()) setInFilter(this.firstPairs, pairHash(hash, second));
      }
    }
  }

  private addVariant(word: string, entry: RegisterEntry, name: string): void {
    // An acronym has no other spellings ("Ours" is not "URSS").
    if (/^\p{Lu}{2,}$/u.test(name.trim())) return;
    const key = transliterationKey(word);
    const list = this.variantKeys.get(key) ?? [];
    if (!list.some((v) => v.entry === entry)) list.push({ entry, name });
    this.variantKeys.set(key, list);
  }

  private add(alias: string, entry: RegisterEntry, derived: boolean, misspelling = false, shortTitle = false): void {
    const words = tokenize(alias);
    const toks = words.map((w) => w.norm);
    if (!toks.length) return;
    let node = this.root;
    for (let k = 0; k < toks.length; k++) {
      const hash = wordHash(toks[k]);
      const first = node.next.get(hash);
      let n = first;
      while (n && n.word !== toks[k]) n = n.sameHash;
      if (!n) {
        n = { next: new Map(), word: toks[k] };
        if (first) [n.sameHash, first.sameHash] = [first.sameHash, n];
        else node.next.set(hash, n);
      }
      if (k > 0 && alias.slice(words[k - 1].end, words[k].start).includes(',')) n.afterComma = true;
      if (k > 0 && alias.slice(words[k - 1].end, words[k].start).includes(':')) n.afterColon = true;
      if (k > 0 && alias.slice(words[k - 1].end, words[k].start).includes('(')) n.afterBracket = true;
      node = n;
    }
    const hits = (node.hits ??= []);
    const trimmed = alias.trim();
    const same = hits.find((h) => h.entry === entry && h.derived === derived && !h.acronym);
    if (same) {
      // The same name registered in lower case as well ("Anarchist", "anarchist") matches in any case.
      if (!/^[\p{Lu}\d]/u.test(trimmed) && !shortTitle) same.capitalised = false;
      return;
    }
    const acronym = /^[\p{Lu}\d]{2,5}$/u.test(trimmed) ? trimmed : undefined;
    // A longer acronym is also written as a word in older British texts: "Ogpu" for OGPU.
    if (acronym && /^\p{Lu}{4,5}$/u.test(acronym)) hits.push({ entry, derived, capitalised: true, acronym: acronym[0] + acronym.slice(1).toLowerCase(), ...(misspelling ? { misspelling } : {}) });
    hits.push({ entry, derived, capitalised: shortTitle || /^[\p{Lu}\d]/u.test(trimmed), acronym, ...(misspelling ? { misspelling } : {}), ...(shortTitle ? { shortTitle } : {}) });
  }

  /** All register mentions in `text`, sorted and non-overlapping. */
  match(text: string, tokens: Token[] = tokenize(text)): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      // Most words start no alias, or start only longer ones that the next word does not continue: the filters turn
      // them away by their hashes, and a word in lower case or of four letters or fewer derives nothing (see `derivedAt`), so no call is made.
      const t = tokens[i];
      const mayStart = this.mayStartName(tokens, i);
      if (!mayStart) {
        const c0 = text.charCodeAt(t.start);
        if (t.end - t.start < 5 || (c0 < 128 && (c0 < 65 || c0 > 90))) {
          i++;
          continue;
        }
      }
      i = this.matchAt(text, tokens, i, out, mayStart);
    }
    return out;
  }

  /** False when no name can start at token `i`: its word is no name by itself, and no name starts with it and the next word. */
  private mayStartName(tokens: Token[], i: number): boolean {
    const hash = tokens[i].hash;
    if (!inFilter(this.firstWords, hash)) return false;
    return inFilter(this.wholeWords, hash) || (i + 1 < tokens.length && inFilter(this.firstPairs, pairHash(hash, tokens[i + 1].hash)));
  }

  /** The mention at token `i`, if any, pushed to `out`; returns the index of the token after it. `mayStart`: `mayStartName` at `i`, which the caller has asked. */
  private matchAt(text: string, tokens: Token[], i: number, out: EntityMention[], mayStart: boolean): number {
    // Most words start no alias: the filters turn them away by their hashes, and the trie is not asked.
    const head = mayStart ? child(this.root, tokens[i]) : undefined;
    // Nor do most words that start one ("the", "a"): the next word continues none of their aliases.
    const starts = head && (head.hits || (i + 1 < tokens.length && child(head, tokens[i + 1]) !== undefined));
    const found = starts ? this.longestAt(text, tokens, i, Infinity, undefined, out[out.length - 1], head) : undefined;
    if (found) {
      // The tail of a hyphenated compound is not a name of its own: "All-Russian", "Anglo-Soviet".
      const start = found.mention.start;
      if (text[start - 1] !== '-' || !COMPOUND_PREFIX.test(text.slice(Math.max(0, start - 8), start))) out.push(this.withInitials(text, found.mention));
      return found.next;
    }
    const derived = this.derivedAt(text, tokens[i]);
    if (derived) out.push(derived);
    return i + 1;
  }

  /**
   * Initials before a registered person's surname: the same person's ("L. D.
   * Trotsky") join the mention; another person's ("S. S. Kamenev" is not Lev
   * Kamenev) make the whole a name the register lacks. Where the register gives
   * no given name, the initials cannot tell, and join.
   */
  private withInitials(text: string, m: EntityMention): EntityMention {
    if (!m.id || m.type !== 'person') return m;
    // Initials end in a full stop, perhaps with a space after it: most mentions need no regex.
    if (text[m.start - 1] !== '.' && !(text[m.start - 1] === ' ' && text[m.start - 2] === '.')) return m;
    // Russian initials may take two letters for one sound: "Kh. Rakovsky", "Ya. M. Sverdlov", "Yu. Martov".
    const before = /(?:^|[^\p{L}.])((?:(?:\p{Lu}|Kh|Ya|Yu|Ye|Yo|Zh|Sh|Ch|Ts|Shch)\.\s?){1,3})$/u.exec(text.slice(Math.max(0, m.start - 14), m.start));
    if (!before) return m;
    const initials = before[1].replace(/[^\p{Lu}]/gu, '');
    const entry = this.register.byId.get(m.id)!;
    const known = [entry.name, ...entry.aliases]
      .map((n) => n.replace(/\s*\([^)]*\)\s*$/, '').trim().split(/[\s.]+/).filter(Boolean))
      .filter((w) => w.length > 1)
      .map((w) => w.slice(0, -1).map((x) => x[0].toUpperCase()).join(''));
    const start = m.start - before[1].length;
    const span = { start, text: text.slice(start, m.end) };
    if (!known.length || known.some((k) => k.startsWith(initials) || initials.startsWith(k))) return { ...m, ...span };
    // A lone "M." that is not the person's initial is "Monsieur", as the period's press wrote it ("M. Kerensky").
    if (initials === 'M') return m;
    return { ...m, ...span, id: null, type: 'person', derived: false };
  }

  /**
   * The mentions inside a mention, shorter than it: "Lenin" inside "Lenin's death".
   * Lets trigger patterns see the participants of an event named by a phrase.
   */
  nested(text: string, tokens: Token[], outer: EntityMention): EntityMention[] {
    const out: EntityMention[] = [];
    let i = lowerBound(tokens, outer.start);
    while (i < tokens.length && tokens[i].end <= outer.end) {
      const found = this.longestAt(text, tokens, i, outer.end, outer.id ?? undefined);
      if (found && !(found.mention.start === outer.start && found.mention.end === outer.end)) {
        out.push(found.mention);
        i = found.next;
      } else i++;
    }
    return out;
  }

  private longestAt(
    text: string,
    tokens: Token[],
    i: number,
    limit = Infinity,
    skip?: string,
    previous?: EntityMention,
    head?: TrieNode,
  ): { mention: EntityMention; next: number } | undefined {
    let node: TrieNode | undefined = this.root;
    let best: { hits: AliasHit[]; last: number } | undefined;
    // A figure stands in for a capital: "10th Congress" for "Tenth Congress".
    const c0 = text.charCodeAt(tokens[i].start);
    const capital = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : isUpper(text[tokens[i].start]);
    for (let j = i; j < tokens.length && tokens[j].end <= limit; j++) {
      // The caller may have looked up the first word already.
      const next: TrieNode | undefined = j === i && head ? head : child(node, tokens[j]);
      if (!next) break;
      // Within a name, only what joins words; a comma only where an alias has one.
      // (Emphasis on one word of a name is still the name: "the Second Moscow *Trial*".)
      if (j > i && !joinable(text, tokens[j - 1].end, tokens[j].start, true) && !/^\s[*_]{1,2}$/.test(text.slice(tokens[j - 1].end, tokens[j].start)) && !(next.afterComma && /^,\s?$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) && !(next.afterColon && /^\s?:\s?$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) && !(next.afterBracket && /^\s?\($/.test(text.slice(tokens[j - 1].end, tokens[j].start)) && !/\d/.test(text[tokens[j].start]))) break;
      node = next;
      if (node.hits) {
        // A name of several words, all in lower case after "the", is still that name ("the civil war", "the
        // provisional government"), but not a work's title, which in lower case is only a phrase.
        const lowerAfterThe = !capital && j > i && i > 0 && tokens[i - 1].is('the') && lowerCaseRun(text, tokens, i, j);
        // One word in lower case that no dictionary has is still the name, as a forum or a note writes it ("trotsky was
        // right"); not a derived form, which in lower case is an adjective ("the soviet delegates").
        const lowerName = !capital && j === i && bareLowerName(text, tokens[i]);
        const ok = (h: AliasHit) =>
          h.entry.id !== skip && (h.acronym ? h.acronym === text.slice(tokens[i].start, tokens[j].end) : !h.capitalised || capital || (lowerAfterThe && h.entry.type !== 'work') || (lowerName && !h.derived && h.entry.type !== 'work'));
        // The common case, every hit acceptable, allocates nothing.
        const hits = node.hits.every(ok) ? node.hits : node.hits.filter(ok);
        if (hits.length) best = { hits, last: j };
      }
    }
    if (!best) return undefined;
    // A ship named for a person is no mention of them: "the steamer Ilyich", "the cruiser Lenin".
    if (best.hits.every((h) => h.entry.type === 'person') && VESSEL_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 24), tokens[i].start))) return undefined;
    // A place's adjective used as a noun names something else ("the Petrograd Soviet" is a council); a group's names a member ("a Georgian Bolshevik").
    if (best.hits.every((h) => h.derived && h.entry.type === 'place') && best.last === i && !nounDerived(tokens[i].norm)) {
      if (nounUse(text, tokens[i])) return undefined;
      const owner = this.nounElsewhere.get(tokens[i].norm);
      if (owner && bareNoun(text, tokens[i])) {
        const t = tokens[i];
        return { mention: { start: t.start, end: t.end, text: text.slice(t.start, t.end), id: owner.id, type: owner.type, derived: true }, next: i + 1 };
      }
    }
    const hits = this.byTitleCues(text, tokens, i, best.last, best.hits, previous);
    // An alias written with its article ("the Kremlin") names the thing without it; a
    // work's title keeps it ("The Revolution Betrayed").
    const article = best.last > i && ARTICLES.has(tokens[i].norm) && hits.every((h) => h.entry.type !== 'work');
    let start = tokens[article ? i + 1 : i].start;
    // A dotted abbreviation keeps its last full stop ("C.C.", "U.S.S.R."), and a letter joined before it ("O.G.P.U." for G.P.U.).
    const last = tokens[best.last].end;
    const dotted = text.charCodeAt(start + 1) === 46 && /^(?:\p{Lu}\.\s?)+\p{Lu}$/u.test(text.slice(start, last));
    // A bracket the name opened closes inside it: "Russian Communist Party (Bolsheviks)".
    const bracketed = text[last] === ')' && text.lastIndexOf('(', last) > start;
    // An emphasis opened inside the name closes with it: "Second Moscow *Trial*".
    const opened = /\s([*_]{1,2})\p{L}/u.exec(text.slice(start, last))?.[1];
    const closed = opened && text.startsWith(opened, last) ? opened.length : 0;
    const end = last + ((dotted && text[last] === '.') || bracketed ? 1 : 0) + closed;
    if (dotted && /(?:^|[^\p{L}.])\p{Lu}\.$/u.test(text.slice(Math.max(0, start - 3), start))) start -= 2;
    const mention = this.resolve(text, { start, end }, hits);
    return { mention, next: best.last + 1 };
  }

  /**
   * A name shared by a work and something else ("Stalin" the man and Trotsky's
   * *Stalin*): where the text treats it as a title, the works stay, narrowed to
   * the cited author's; elsewhere, works known only by a short title yield.
   */
  private byTitleCues(text: string, tokens: Token[], i: number, last: number, hits: AliasHit[], previous?: EntityMention): AliasHit[] {
    const works = hits.filter((h) => h.entry.type === 'work');
    if (!works.length || works.length === hits.length && !works.some((h) => h.shortTitle)) return hits;
    const cue = titleCue(text, tokens, i, last, previous);
    // "Trotsky, Stalin" cites a book only if the register has one by Trotsky; otherwise it is a list of names.
    const theirs = cue?.author ? works.filter((h) => h.entry.participants.includes(cue.author!)) : [];
    if (!cue || (cue.author && !theirs.length)) {
      const declared = hits.filter((h) => !h.shortTitle);
      return declared.length ? declared : hits;
    }
    let chosen = theirs.length ? theirs : works;
    // A title the register declares beats one Clio shortened.
    if (chosen.some((h) => !h.shortTitle)) chosen = chosen.filter((h) => !h.shortTitle);
    // A title without its author: the works whose authors are named nearby.
    if (chosen.length > 1 && !theirs.length) {
      const window = text.slice(Math.max(0, tokens[i].start - 600), Math.min(text.length, tokens[last].end + 300));
      const near = chosen.filter((h) =>
        h.entry.participants.some((p) => {
          const surname = this.register.byId.get(p)?.name.split(/\s+/).pop();
          return !!surname && surname.length > 2 && window.includes(surname);
        }),
      );
      if (near.length) chosen = near;
    }
    return chosen;
  }

  private derivedAt(text: string, tok: Token): EntityMention | undefined {
    const c0 = text.charCodeAt(tok.start);
    if (c0 < 128 ? c0 < 65 || c0 > 90 : !isUpper(text[tok.start])) return undefined;
    // Most capitalised words end otherwise than any suffix, and stop here: ASCII letters are read from the text, as the folded form is made only on demand.
    if (tok.end - tok.start < 5) return undefined;
    let last = text.charCodeAt(tok.end - 1);
    let before = text.charCodeAt(tok.end - 2);
    if (last >= 128 || before >= 128) [before, last] = [tok.norm.charCodeAt(tok.norm.length - 2), tok.norm.charCodeAt(tok.norm.length - 1)];
    if (!SUFFIX_ENDINGS.has(((before | 32) << 8) | (last | 32))) return undefined;
    for (const suffix of DERIVATIONAL_SUFFIXES) {
      if (!tok.norm.endsWith(suffix) || tok.norm.length - suffix.length < 3) continue;
      const stem = tok.norm.slice(0, -suffix.length);
      // The stem may have lost its last vowel: "Chekist" of Cheka, "Stalinite" of a name in -e, "Nazism" of Nazi.
      const entries = (stem.length >= 4 ? this.stems.get(stem) : undefined) ?? this.stems.get(stem + 'e') ?? this.stems.get(stem + 'a') ?? this.stems.get(stem + 'i');
      if (entries) return this.resolveDerived(text, tok, entries);
    }
    for (const suffix of INHABITANT_SUFFIXES) {
      if (!tok.norm.endsWith(suffix) || tok.norm.length - suffix.length < 4) continue;
      const entries = this.placeStems.get(tok.norm.slice(0, -suffix.length));
      if (entries) return this.resolveDerived(text, tok, entries);
    }
    return undefined;
  }

  /** A word derived from the names of `entries`: one of them, or ambiguous among them. */
  private resolveDerived(text: string, tok: Token, entries: RegisterEntry[]): EntityMention {
    return this.resolve(text, { start: tok.start, end: tok.end }, entries.map((entry) => ({ entry, derived: true, capitalised: true })));
  }

  /**
   * One name, several entries: context words from the register decide; when they
   * do not, the mention stays ambiguous (`id: null` with `candidates`), never a silent pick.
   */
  private resolve(text: string, span: Span, hits: AliasHit[]): EntityMention {
    const surface = text.slice(span.start, span.end);
    const uniq = hits.length === 1 ? hits : [...new Map(hits.map((h) => [h.entry.id, h])).values()];
    let chosen = uniq;
    if (uniq.length > 1) {
      const window = text.slice(Math.max(0, span.start - 300), Math.min(text.length, span.end + 300)).toLowerCase();
      const scored = uniq.map((h) => ({ h, score: h.entry.context.filter((w) => window.includes(w.toLowerCase())).length }));
      const top = Math.max(...scored.map((s) => s.score));
      if (top > 0) chosen = scored.filter((s) => s.score === top).map((s) => s.h);
      // An entry without context hints is the default reading when the others' hints are absent.
      if (top === 0) {
        const plain = uniq.filter((h) => h.entry.context.length === 0);
        if (plain.length === 1) chosen = plain;
      }
    }
    if (chosen.length === 1) {
      const h = chosen[0];
      return { start: span.start, end: span.end, text: surface, id: h.entry.id, type: h.entry.type, derived: h.derived, ...(h.misspelling ? { misspelling: true } : {}) };
    }
    return { start: span.start, end: span.end, text: surface, id: null, type: null, derived: false, candidates: chosen.map((h) => h.entry.id) };
  }

  /**
   * The one entry whose name a bare head noun stands for: "the Secretariat" is
   * the Secretariat of the Central Committee where no other registered name
   * has the word. Undefined when none or several do.
   */
  headOf(word: string): RegisterEntry | undefined {
    const key = foldCase(word);
    const found = this.heads.get(key);
    // A word other registered names use too ("Committee" in Central Committee) is generic, not a short form.
    return found?.length === 1 && this.nameWords.get(key)?.length === 1 ? found[0] : undefined;
  }

  /**
   * The entry a single-word candidate names in another transliteration: the
   * spellings of 1917 newspapers and older books ("Korniloff", "Trotzky",
   * "Lenine", "Zinovieff") fold to the same key as the registered name. Only an
   * unambiguous key counts.
   */
  variantOf(word: string): { entry: RegisterEntry; name: string } | undefined {
    if (/\s/.test(word.trim())) return this.variantOfName(word);
    const w = nameTokens(word).join('');
    if (w.length < 4) return undefined;
    const found = this.variantKeys.get(transliterationKey(w)) ?? [];
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * A name of two or three words, each of them (in some spelling) a word of one
   * registered person's names: "Leon Davidovitch" is Lev Davidovich Bronstein.
   */
  private variantOfName(name: string): { entry: RegisterEntry; name: string } | undefined {
    const words = name.trim().split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w))) return undefined;
    let common: Set<RegisterEntry> | undefined;
    for (const w of words) {
      const entries = new Set(this.personWordKeys.get(transliterationKey(nameTokens(w).join(''))) ?? []);
      common = common ? new Set([...common].filter((e) => entries.has(e))) : entries;
      if (!common.size) return undefined;
    }
    const [entry] = common!;
    return common!.size === 1 ? { entry, name: entry.name } : undefined;
  }

  /**
   * The registered name a single-word candidate nearly matches: one letter
   * added, dropped, changed or two swapped ("Staling", "Ryokov", "Trotksy").
   * Only unambiguous near misses count.
   */
  nearMiss(word: string): RegisterEntry | undefined {
    // "Zinov'ev" is one word with an apostrophe in it.
    const w = /\s/.test(word.trim()) ? nameTokens(word) : [nameTokens(word).join('')];
    // With the apostrophe gone it may be the registered name itself: a near miss all the same.
    const joined = /['’]/.test(word);
    if (w.length !== 1 || w[0].length < 5) return undefined;
    const found = new Set<RegisterEntry>();
    for (const k of [w[0], ...deletions(w[0])]) for (const e of this.nearNames.get(k) ?? []) found.add(e);
    const close = [...found].filter((e) => [e.name, ...e.aliases].some((n) => {
      const t = nameTokens(n);
      // Singular and plural ("Soviet", "Soviets") are grammar, not a slip of the pen.
      return t.length === 1 && (t[0] !== w[0] || joined) && t[0] !== w[0] + 's' && t[0] + 's' !== w[0] && damerauAtMostOne(t[0], w[0]);
    }));
    return close.length === 1 ? close[0] : undefined;
  }
}

/**
 * A register name with a gloss, "Whites (White Guards)", "National Socialists
 * (Nazis)": both parts are names of the entry. Not a gloss: a lower-case
 * description ("Soviets (workers' and soldiers' councils)"), a year, a list, a
 * name another entry holds ("Vyborg district (Petrograd)" is in
 * Petrograd), or a work's author ("Stalin (Trotsky)").
 */
function glossedNames(entry: RegisterEntry, allNames: Set<string>): string[] {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(entry.name.trim());
  if (!m || entry.type === 'work') return [];
  const gloss = m[2].trim();
  const glossIsName = /^\p{Lu}/u.test(gloss) && !/[,\d]/.test(gloss) && (entry.aliases.includes(gloss) || !allNames.has(nameTokens(gloss).join(' ')));
  return glossIsName ? [m[1], gloss] : [m[1]];
}

/**
 * A derived word used as a noun, not as the adjective the register declares: "the
 * Soviet of Workers' Deputies", "the Petrograd Soviet" are councils, not "Soviet"
 * as in the Soviet Union.
 */
/** A vessel's kind before its name. */
export const VESSEL_BEFORE = /\b(?:steamer|steamship|ship|liner|cruiser|battleship|icebreaker|gunboat|freighter|vessel|yacht|S\.S\.|SS)\s+[*_"“]?$/i;

function nounUse(text: string, tok: Token): boolean {
  if (/^\s+of\b/.test(text.slice(tok.end, tok.end + 4))) return true;
  // A name before it, not a capitalised word that opens the sentence ("The Soviet economy").
  const before = /(^|[\s\S])\s*\b(\p{Lu}[\p{L}-]+) $/u.exec(text.slice(Math.max(0, tok.start - 30), tok.start));
  // The full stop of "St. Petersburg" ends an abbreviation, not a sentence.
  const opens = !!before && /^$|[.!?:;"“(\n]/.test(before[1]) && !(before[1] === '.' && /\b(?:St|Ste|Mt|Ft|Pt)\.\s*\S+\s$/.test(text.slice(Math.max(0, tok.start - 30), tok.start)));
  return !!before && !opens && !/^(?:The|A|An|In|On|At|Of|For|By|To|This|That|These|Those|His|Her|Their|Its|Our|Early|Late|New|All)$/.test(before[2]);
}
const NOT_A_NOUN_AFTER = /^(?:\s*[,.;:!?)”"’]|\s+(?:and|or|but|of|was|were|is|are|had|has|have|that|which|who|whose|to|in|on|at|for|with|from|by|as|would|could|should|will|did|itself|\p{Ll}+ed)\b)/u;

/** "the Soviet answered", "defence of the Soviet and…": after "the", with no noun after it, the word is a noun itself. */
function bareNoun(text: string, tok: Token): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, tok.start - 5), tok.start)) && NOT_A_NOUN_AFTER.test(text.slice(tok.end, tok.end + 16));
}

/** Derived words that are nouns by their suffix (Trotskyist, Leninism, Thermidorian): never "used as a noun" by mistake. */
const nounDerived = (norm: string) => DERIVATIONAL_SUFFIXES.some((s) => norm.endsWith(s));

const TITLE_DETERMINERS = new Set(['his', 'her', 'their', 'this']);

/**
 * Whether the text treats tokens i..last as a title: in quotation marks or
 * emphasis, after "his"/"this", after an author ("Trotsky's Stalin", "Trotsky,
 * Stalin"), or before a page or edition reference ("Stalin, p. 421",
 * "Stalin (London: …"). `author` is the cited author's entity id.
 */
function titleCue(text: string, tokens: Token[], i: number, last: number, previous?: EntityMention): { author?: string } | undefined {
  const start = tokens[i].start;
  const end = tokens[last].end;
  const reference = /^,?\s*(?:pp?\.|vol\.|trans\.|ed\.|op\. cit)|^\s*\(\p{Lu}[\p{L} ]+:/u.test(text.slice(end, end + 24));
  if (previous?.id && previous.type === 'person') {
    const between = text.slice(previous.end, start);
    if (/^['’]s\s+$/.test(between)) return { author: previous.id };
    // "Trotsky, Stalin" is a citation where a page follows or the author opens a footnote, not in a list of names.
    const opensLine = /(?:^|\n)\s*(?:\[?\d+\]?\.?\s+)?$/.test(text.slice(Math.max(0, previous.start - 12), previous.start));
    if (/^,\s+$/.test(between) && (reference || opensLine)) return { author: previous.id };
  }
  const before = text[start - 1];
  const after = text[end];
  if ((before === '*' || before === '_') && after === before) return {};
  if ((before === '"' || before === '“') && (after === '"' || after === '”' || text.slice(end, end + 2) === ',"')) return {};
  if (i > 0 && TITLE_DETERMINERS.has(tokens[i - 1].norm) && /^\s+$/.test(text.slice(tokens[i - 1].end, start))) return {};
  return reference ? {} : undefined;
}

/**
 * The short forms of a work's titles, by which texts usually cite it: without a
 * parenthetical ("(Trotsky)"), a subtitle after a colon, or a leading article.
 */
function shortTitles(names: Iterable<string>): string[] {
  const out = new Set<string>();
  const all = new Set(names);
  for (const n of all) {
    const bare = n.replace(/\s*\([^)]*\)\s*$/, '').trim();
    for (const t of [bare, bare.split(/\s*:\s/)[0]]) {
      // A bare number ("121") is a number before it is a title.
      for (const u of [t, t.replace(/^(?:the|a|an)\s+/i, '')]) if (u.length > 2 && /\p{L}/u.test(u) && !all.has(u)) out.add(u);
    }
  }
  return [...out];
}

/**
 * A spelling-insensitive key for transliterated names: the German and French
 * forms of the period (-off, -eff, tz, w, -ine) and English ones meet.
 */
export function transliterationKey(folded: string): string {
  return folded
    .replace(/['’]/g, '')
    // The soft sign before e: "Zinov'ev" (Library of Congress) and "Zinoviev".
    .replace(/ie/g, 'e')
    .replace(/w/g, 'v')
    .replace(/tz/g, 'ts')
    .replace(/x/g, 'ks')
    .replace(/tsch|tch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ou/g, 'u')
    // French "dj" and "j" for English "dzh" and "zh" (Ordjonikidze, Jdanov).
    .replace(/dzh|dj/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/j/g, 'y')
    // "ia" and "ya" for я (Tcheliabinsk, Chelyabinsk).
    .replace(/ia/g, 'ya')
    .replace(/ski$/, 'sky')
    // A Russian plural in -i for an English one in -s: "Bolsheviki", "Mensheviki".
    .replace(/iki$/, 'iks')
    .replace(/ff$/, 'v')
    .replace(/ine$/, 'in')
    .replace(/(?:ii|iy|ij|yi)$/, 'y')
    .replace(/(.)\1/g, '$1');
}

/**
 * A word in lower case, of five letters or more, that no English dictionary has, standing alone between
 * spaces or punctuation: not inside an address, a file name or a handle ("marxists.org/archive/trotsky",
 * "kamenev_was_right").
 */
function bareLowerName(text: string, t: Token): boolean {
  if (t.end - t.start < 5 || isEnglishWord(t.norm)) return false;
  const before = text[t.start - 1] ?? ' ';
  const after = text.slice(t.end, t.end + 2);
  return /[\s("“‘]/.test(before) && /^(?:[\s,;:!?)”’"]|['’]s|\.(?:\s|$))/.test(after || ' ');
}

/** Whether tokens i..j are all written in lower case. */
function lowerCaseRun(text: string, tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) {
    const c = text[tokens[k].start];
    if (c !== c.toLowerCase()) return false;
  }
  return true;
}

/** Index of the first token that ends after `offset`. */
function lowerBound(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Whether two words differ by at most one insertion, deletion, substitution or adjacent swap. */
function damerauAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/**
 * A word near an ambiguous mention that would tell its readings apart as a
 * register `context:` hint: the nearest other linked name within the window the
 * matcher reads (±300 characters), that no candidate entry already lists and that
 * is not one of their names.
 */
export function contextCue(text: string, entities: EntityMention[], mention: EntityMention, register: Register): string | undefined {
  const entries = (mention.candidates ?? []).map((id) => register.byId.get(id)).filter((e): e is RegisterEntry => !!e);
  const taken = new Set(entries.flatMap((e) => [...e.context, e.name, ...e.aliases].map((w) => w.toLowerCase())));
  taken.add(mention.text.toLowerCase());
  let best: { word: string; distance: number } | undefined;
  for (const m of entities) {
    if (!m.id || m === mention || (mention.candidates ?? []).includes(m.id)) continue;
    const distance = m.start >= mention.end ? m.start - mention.end : mention.start - m.end;
    if (distance < 0 || distance > 280) continue;
    const word = text.slice(m.start, m.end);
    if (taken.has(word.toLowerCase()) || word.length < 3) continue;
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best?.word;
}
