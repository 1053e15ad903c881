// Candidate types: what a name the register lacks most likely is (a person, a
// place, an organisation, a group, an event or a work), by its own words (head
// nouns, endings, given names, the gazetteers), by the words around it, by the
// names listed with it and by its other occurrences in the text. The register
// teaches its own given names and head words (nameLexicon). candidates.ts finds
// the names; typeModel.ts weighs these rules' guess against what annotated text
// taught it.

import type { Register } from './register';
import { DEMONYMS, GIVEN_NAMES_EN, PLACE_NAMES } from './gazetteer.data';
import { HISTORICAL_DEMONYMS, HISTORICAL_PLACES } from './historicalPlaces';
import { foldCase } from './text';
import { nameTokens, ORDINAL_NAMES } from './tokens';
import type { EntityMention, EntityType } from './types';

/** Words that open a party's or a league's name in French, Spanish, Italian or German: "Parti ouvrier…", "Partido obrero". */
export const FOREIGN_BODY_OPENERS = ['Parti', 'Partido', 'Partito', 'Partei', 'Ligue', 'Liga', 'Lega', 'Fédération', 'Federación', 'Confédération', 'Confederación', 'Unión', 'Unione', 'Bund'];
/** Words that open place names: "New York", "West Siberia", "Upper Silesia". */
export const PLACE_OPENERS = new Set(['new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'northern', 'southern', 'eastern', 'western', 'port', 'fort', 'san', 'santa']);
/** Further words that open a place's name when its type is guessed, but are not kept at a sentence's start. */
const MORE_PLACE_OPENERS = new Set(['nizhny', 'nizhni', 'novo', 'greater', 'little']);

export const PERSON_TITLE_WORDS = new Set(['tsar', 'czar', 'tsarina', 'general', 'admiral', 'marshal', 'colonel', 'captain', 'baron', 'count', 'prince', 'princess', 'ataman', 'hetman', 'commissar', 'comrade', 'professor', 'prof', 'president', 'king', 'queen', 'emperor', 'empress', 'kaiser', 'grand', 'duke', 'chairman', 'premier', 'father', 'mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'madame', 'monsieur', 'herr', 'frau', 'dear', 'tell', 'dr']);
export const OFFICES = new Set(['minister', 'commissar', 'governor', 'secretary', 'chairman', 'president', 'ambassador', 'consul', 'procurator', 'prosecutor', 'chief', 'head', 'director', 'commander', 'premier', 'ruler', 'chancellor']);

const ORG_WORDS = /\b(party|committee|centre|center|bloc|movement|delegation|department|project|congress|union|chamber|deputies|international|army|battalions?|bureau|commissariat|council|soviet|opposition|league|university|society|institute|institution|academy|school|schools|college|seminary|lyceum|gymnasium|realschule|conservatory|conservatoire|polytechnic|agency|foundation|corporation|syndicate|cooperative|co-operative|club|secretariat|presidium|politburo|orgburo|library|museum|gallery|collection|archives?|court|tribunal|cross|press|times|review|magazine|journal|government|ministry|conference|front|guard|federation|bank|company|church|instituto|institut|istituto|museo|musée|biblioteca|bibliothèque|archivo|secretaría|ministerio|comité|comitato|comisión|universidad|université|università|universität|archiv|arxiu|arquivo|archief|filmoteca|cinemateca|cinémathèque|films|productions|radio|audio|television|studios?|records|broadcasting|rada|reichstag|sejm|parliament|senate|storting|landtag|cortes)(?![\p{L}])/iu;
const PERSON_TITLES = /\b(mr|mrs|ms|dr|sir|comrade|general|gen|colonel|col|captain|capt|admiral|adm|marshal|baron|ataman|hetman|commissar|lieutenant|lt|major|maj|president|professor|prof|tsar|czar|tsarina|king|queen|prince|princess|count|countess|grand duke|lord|lady|saint|st|father|bishop|patriarch)\.?\s+$/i;
const PLACE_CUES = /\b(?:in|at|from|to|near|into|across|via|toward|towards)\s+$/i;
/** "along the Volga", "in the Crimea": with an article, only prepositions of movement or position over ground. */
const PLACE_CUES_THE = /\b(?:in|into|across|along|beyond|near|through|throughout)\s+the\s+$/i;

/** What the register's names teach about the names it lacks. */
export interface NameLexicon {
  /** First words of registered people's full names ("Moshe" from "Moshe Lewin"), folded. */
  given: Set<string>;
  /** Last words of other registered names, folded, with the type that most of them have ("committee" → organization). */
  heads: Map<string, EntityType>;
}

/** A name's head word, folded: its last word, or the last before "of" ("Synod of Whitby" → synod). */
function headWord(words: string[]): string {
  const of = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  return foldCase(words[(of > 0 ? of : words.length) - 1]);
}

/**
 * The register as a teacher for candidate types: a user's register of 1920s
 * émigrés or of medieval bishops knows its own given names and its own kinds of
 * bodies and events better than any fixed list. A head word counts when at least
 * two names end in it and three in four of them share a type.
 */
export function nameLexicon(register: Register): NameLexicon {
  const given = new Set<string>();
  const counts = new Map<string, Map<EntityType, number>>();
  for (const e of register.entries) {
    for (const n of [e.name.replace(/\s*\([^)]*\)\s*$/, ''), ...e.aliases]) {
      const words = n.trim().split(/\s+/);
      if (words.length < 2) continue;
      if (e.type === 'person') {
        const first = foldCase(words[0]);
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(words[0]) && !PERSON_TITLE_WORDS.has(first) && !OFFICES.has(first)) given.add(first);
        continue;
      }
      const head = headWord(words);
      if (!/^\p{L}{3,}$/u.test(head)) continue;
      const byType = counts.get(head) ?? new Map<EntityType, number>();
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
      counts.set(head, byType);
    }
  }
  const heads = new Map<string, EntityType>();
  for (const [head, byType] of counts) {
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    const [type, n] = [...byType.entries()].sort((a, b) => b[1] - a[1])[0];
    if (total >= 2 && n / total >= 0.75) heads.set(head, type);
  }
  return { given, heads };
}


// What a name's own words say about its type. Checked in this order: an event's
// head noun ("Kronstadt Rising", "Treaty of Brest-Litovsk") outranks an
// organisation's ("Congress of Soviets" is an organisation, "Tenth Congress" an event).
const EVENT_WORDS = /\b(?:war|revolution|plenum|uprising|rising|rebellion|revolt|mutiny|insurrection|massacre|pogrom|battle|siege|treaty|armistice|offensive|putsch|coup|strike|purge|purges|famine|trials?|affair|days?|sunday|plan|period|era|terror|incident|crisis|expedition|campaign|raid|assassination|blockade|intervention|truce|festival|plans|pact)\b/i;
export const WORK_WORDS = /^(?:manifesto|theses|directive|programme|program|testament|platform|declaration|decree|appeal|memoirs|diary|diaries|letters|writings|works|papers|notebooks)$/i;
/** A document named by its kind and its subject: "Decree on Land", "Theses on the Present Situation", "Appeal to the Toilers". */
export const WORK_OPENING = /^(?:decree|decrees|theses|manifesto|appeal|declaration|letter|letters|notes|programme|program|directive|order)\s+(?:on|of|to|about|for|from|concerning)\s/i;
const EVENT_OF = /^(?:battle|siege|treaty|peace|armistice|storming|fall|capture|congress|conference|plenum)\s+(?:of|at)\b/i;
const ORDINAL = new RegExp(`^(?:${ORDINAL_NAMES.join('|')}|\\d+(?:st|nd|rd|th))\\s`, 'i');
const PLACE_WORDS = /\b(?:desert|desierto|plaza|calle|colonia|hotel|empire|kingdom|khanate|principality|duchy|cemetery|convent|monastery|prison|isolator|river|sea|ocean|lake|mountains?|hills|heights|island|islands|bay|gulf|strait|straits|peninsula|province|district|region|oblast|guberniya|governorate|square|street|prospekt|prospect|lane|road|embankment|quay|park|theatre|theater|opera|barracks|concession|settlement|legation|territory|enclave|republic|avenue|avenida|boulevard|bridge|gate|palace|fortress|cathedral|station|railway|harbour|harbor|valley|steppe|plain|forest|coast|canal|city|town|village)\b/i;
const PUBLISHER_WORDS = /\b(?:press|publishers|publishing|books|sons|brothers|verlag|editions|éditions|legion|riflemen|rifles|regiment|division|brigade|corps|fleet|flotilla|works|factory|plant|commission|directory|assembly|cttee|ctee|duma|gazeta|zhizn'?|izvestiia|izvestia|vestnik|golos|byulleten'?)\b/i;
/** Words that name an English-language periodical. */
const PERIODICAL_NAMES = 'times|gazette|herald|tribune|review|journal|magazine|bulletin|news|courier|correspondence|quarterly|weekly|monthly|daily';
export const PERIODICAL_WORDS = new RegExp(`\\b(?:${PERIODICAL_NAMES}|post)\\b`, 'i');
/** Words that name a periodical in the languages of the period's press: a set-out title with one is a newspaper or journal. */
export const PERIODICAL_TITLE = new RegExp(`\\b(?:pravda|izvesti[iy]?a|iskra|novosti|gazeta|vestnik|golos|byulleten['’]?|humanit[ée]|zeitung|vorw[äa]rts|rundschau|muncitoare|slovo|vpered|nashe|mir|demokraten|fahne|${PERIODICAL_NAMES})(?![\\p{L}-])`, 'iu');

/** Given names common in the period's texts: a name starting with one is a person's. */
const GIVEN_NAMES = new Set(
  ('aleksandr alexander aleksei alexei alexey anatoly andrei andrey anna antonina boris david dmitri dmitry evgeny yevgeny fyodor feodor georgy georgi ' +
    'grigory grigori ivan iosif joseph karl kliment konstantin lavr lev leon leonid leo mikhail maxim nadezhda natalia natalya nikolai nikolay nikita ' +
    'pavel pyotr peter sergei sergey semyon simon stepan vladimir vasily vasili viktor victor vyacheslav yakov yuri adolf albert alfred andré antonio ' +
    'arthur benito charles claude edward emma ernest franz friedrich georg george gustav hans harold heinrich henri henry herbert hugo isaac jacques ' +
    'james jean johann john józef jules julius klara clara leopold louis ludwig marcel maria max maximilian otto paul pierre robert rosa rudolf ' +
    'walter wilhelm william winston woodrow ida inessa alexandra larisa lydia olga sofia sophia tatiana vera zinaida raymond diego frida andrés ' +
    'ramon ramón sylvia isaak abram moisei moisey lazar kurt ruth ernst eugen eugene bertrand edmund richard thomas christian georges francis alan marguerite ramsay michel jean-jacques helen étienne etienne ' +
    // English, French, German, Italian, Spanish, Jewish and Slavic given names of the period's actors and writers.
    'benjamin suzanne carleton sidney norman daniel samuel martin michael stephen steven philip phillip frederick fred frank ' +
    'harry hugh ian jack jacob jerome joan julia julian kate katherine laurence lawrence leonard lewis lillian lucy ' +
    'margaret mary matthew nicholas patrick ralph roger ronald rose sarah simone susan theodore timothy vincent wendy ' +
    'andre antoine armand auguste bruno camille charlotte emile eugène gaston gérard germaine guy hélène lucien ' +
    'marie maurice pascal paulette raoul rené yvonne alexandre édouard ' +
    'anton arnold august berthold elisabeth erich felix fritz gerhard gottfried hannah heinz helmut hermann ' +
    'hilde ilse johannes josef konrad manfred reinhold siegfried ulrich werner wolfgang ' +
    'amadeo angelo benedetto carlo enrico giuseppe giovanni luigi palmiro umberto vittorio enrique francisco joaquín juan julián manuel miguel pablo pedro ' +
    'aaron abraham chaim eli emmanuel hersh isidore leib meir menachem mendel mordechai moshe nahum nathan shlomo solomon yitzhak ' +
    'adolph aleksandra anatoli arkady avel bronislav dmitrii efim emelian fedor filipp gavriil genrikh ilya innokenty iona ' +
    'kirill matvei nestor oleg osip piotr rafail semen sergo stanislav timofei trofim valerian varlam vasilii ' +
    'veniamin yefim yemelyan yevgeni zinovy jan tadeusz wacław władysław stanisław adam bolesław rózsa béla mátyás').split(/\s+/),
);
/** A word no English sentence starts with unless it is a name: "Vyshinsky had accused…". */
export const SURNAME_SHAPE = /^\p{L}{2,}(?:sky|skii|skiy|ov|ev|yov|enko|shvili|dze|ovich|evich|off|eff)$/u;
const RUSSIAN_SURNAME = /(?:ov|ev|yov|off|eff|ine|in|yn|sky|skii|skiy|ski|skaya|ovich|evich|ovna|evna|enko|ova|eva|ina|shvili|dze|yan)$/;
/** German surnames by their ending: Kühlmann, Ludendorff, Bernhardt. */
const GERMAN_SURNAME = /(?:mann|dorff?|hardt)$/;
const PLACE_ENDINGS = /(?:grad|gorod|burg|berg|pol|opol|polis|insk|ovsk|evsk|sk|abad|stan|ia|land|istan)$/;
const SPEECH_VERBS = /^\s+(?:said|says|wrote|writes|argued|argues|replied|declared|insisted|remarked|recalled|noted|claimed|told|asked|believed|thought|himself|herself)\b/;

let gazetteer: { places: Set<string>; demonyms: Set<string> } | undefined;
let englishGiven: Set<string> | undefined;
/** A given name of the period's actors and writers, built in or from the register's people; `name` folded. */
export function isPeriodGivenName(name: string, lexicon?: NameLexicon): boolean {
  return GIVEN_NAMES.has(name) || !!lexicon?.given.has(name);
}
/**
 * Whether a name of several words opens with a given name: the period's names
 * (GIVEN_NAMES), the register's own, or the English given-name list (built on first use).
 */
export function opensWithGivenName(words: string[], lexicon?: NameLexicon): boolean {
  const first = foldCase(words[0]);
  if (isPeriodGivenName(first, lexicon)) return true;
  return words.length > 1 && /^\p{Lu}\p{Ll}/u.test(words[1]) && (englishGiven ??= new Set(GIVEN_NAMES_EN.split('\n'))).has(first);
}
/** Which given-name list knows a folded word: the period's ('period') or the English one ('en'). */
export function isGivenName(name: string): 'period' | 'en' | undefined {
  if (GIVEN_NAMES.has(name)) return 'period';
  return (englishGiven ??= new Set(GIVEN_NAMES_EN.split('\n'))).has(name) ? 'en' : undefined;
}

/** Place names and nationality adjectives (scripts/gazetteer.mjs, and the period's own in historicalPlaces.ts), built on first use. */
export function places(): { places: Set<string>; demonyms: Set<string> } {
  return (gazetteer ??= { places: new Set([...PLACE_NAMES.split('\n'), ...HISTORICAL_PLACES]), demonyms: new Set([...DEMONYMS.split('\n'), ...HISTORICAL_DEMONYMS]) });
}

/** What the text says of a name just after it: "Kommunist, the Left Communists' daily". */
export const APPOSITE_PERIODICAL = /^,\s+(?:the|a|an|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}(?:paper|newspaper|journal|weekly|daily|organ|magazine|review)\b/u;

export function guessType(text: string, start: number, end: number, surface: string, lexicon?: NameLexicon): EntityType | null {
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  const words = surface.split(/[\s-]+/);
  const head = words[words.length - 1].toLowerCase();
  const first = foldCase(words[0]).replace(/\.$/, '');
  // In a citation imprint "(New York: Vintage, 1960)" the name before the colon is the place of publication,
  // and so in a bibliography's entry without brackets: "Urbana: University of Illinois Press, 1985".
  if (/\(\s*$/.test(before) && /^(?:,\s*\p{Lu}[\p{L}.]*)?:\s/u.test(after)) return 'place';
  if (/^(?:,\s*\p{Lu}[\p{L}.]*)?:\s/u.test(after) && /^(?:,\s*\p{Lu}[\p{L}.]*)?:\s+\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|of|and|&|for)){0,6},\s*(?:1[5-9]|20)\d\d\b/u.test(text.slice(end, end + 90))) return 'place';
  // A book's header in a review: "Cornell, 392 pp., £30": the name before the page count is the publisher.
  if (/^,\s*\d{2,4}\s*pp\b/.test(after)) return 'organization';
  // After a title, a bracket holding a name and a year names the publisher, unless it is a known
  // place (of publication): “Title” (Curzon, 2000), but “Title” (Moscow, 1955).
  if (/(?:[”"*_]|\p{L}['’])\s\(\s*$/u.test(before) && /^,\s*(?:1[5-9]|20)\d\d\)/.test(after)) return places().places.has(nameTokens(surface).join(' ')) ? 'place' : 'organization';
  if (WORK_OPENING.test(surface)) return 'work';
  // Names joined by an ampersand are a firm's: "Harwell & Dunne", "Kessler & Vane Fine Art Logistics".
  if (surface.includes(' & ')) return 'organization';
  // A publisher, by what the text says of it: "published in Berlin by Granit", "came out from Gollancz",
  // "its German publisher, Suhrkamp", "a fat Haymarket paperback".
  const longBefore = text.slice(Math.max(0, start - 60), start);
  if (/\b(?:published|printed|issued|reissued|republished|brought out|came out|appeared)\b[^.;:!?]{0,30}\b(?:by|from|with)\s+$|\bpublishers?,?\s+$/i.test(longBefore) || /^\s+(?:paperback|hardback|edition|imprint)s?\b/i.test(after)) return 'organization';
  // A Soviet body named by syllables of its words: "Narkomfin", "Glavpolitprosvet", "Gosplan", "Vesenkha".
  if (words.length === 1 && /^(?:Narkom|Glav|Gos|Sovnar|Ispolkom|Revkom|Gubkom|Obkom|Raikom|Tsentro|Politupr|Vesenkha|Komintern|Profintern|Krestintern)/u.test(surface)) return 'organization';
  // A military operation is an event ("Operation Faustschlag"); alliances and factions are groups ("Central Powers", "Zimmerwald Left").
  if (/^Operation\s+\p{Lu}/u.test(surface)) return 'event';
  if (words.length > 1 && /^(?:powers|allies|left|right)$/.test(head)) return 'group';
  // "their paper Kommunist", "the newspaper Nashe Slovo": what the text calls a paper is one.
  // …and so is what the text calls a union, a publisher or a firm just before the name ("the railwaymen's union, Vikzhel").
  if (/\b(?:paper|newspaper|journal|weekly|daily|organ|magazine)\s+["“‘*_]?$|\b(?:paper|newspaper|journal|weekly|daily|organ|magazine|union|publisher|publishing house|firm|company),\s+$/i.test(before) || APPOSITE_PERIODICAL.test(text.slice(end, end + 60))) return 'organization';
  // A ship is an organisation, as the annotators of historical text count it: "the cruiser Aurora", "the battleships Petropavlovsk and…".
  if (/\b(?:battleships?|cruisers?|destroyers?|gunboats?|steamers?|steamships?|ships?|tankers?|liners?|yachts?|frigates?|ice-?breakers?|vessels?|SS|HMS|RMS)\s+$/.test(before) || /\b(?:battleships|cruisers|destroyers|gunboats|steamers|ships|tankers|vessels)\s+\p{Lu}[\p{L}-]+\s+and\s+$/u.test(longBefore)) return 'organization';
  if (EVENT_OF.test(surface) && !/^(?:congress|conference)\s+of\s+(?:soviets|the\b)/i.test(surface)) return 'event';
  if (ORDINAL.test(surface + ' ') && /\b(?:congress|conference|plenum|international)\b/i.test(surface) && (!/international$/i.test(surface) || /\b(?:congress|conference|plenum)\b/i.test(surface))) return 'event';
  if (EVENT_WORDS.test(head)) return 'event';
  // "Collected Works" is a book, the "Putilov Works" a factory.
  if (WORK_WORDS.test(head) && (head !== 'works' || /^(?:collected|selected|complete|early|later|major|minor)$/i.test(words[0]))) return 'work';
  if (PUBLISHER_WORDS.test(surface) || PERIODICAL_WORDS.test(head) || PERIODICAL_TITLE.test(surface) || (words.length > 1 && /^(?:daily|weekly|evening|morning|sunday)$/i.test(words[0]))) return 'organization';
  // A place's head word outweighs a body's word inside the name: "International Settlement", "University Square".
  if (words.length > 1 && PLACE_WORDS.test(head)) return 'place';
  if (ORG_WORDS.test(surface)) return 'organization';
  // A building or street named after something: "Cathedral of the Assumption", "Palace of Labour".
  if (PLACE_WORDS.test(head) || (words.length > 2 && PLACE_WORDS.test(headWord(words))) || /^(?:river|lake|mount|cape|gulf|bay|avenida|rue|via|hotel|desierto|plaza|calle|colonia)\s|^(?:sea|gulf|bay|isle|island|straits?)\s+of\s/i.test(surface)) return 'place';
  // A head word the register's own names use for one kind of thing, where the built-in head words say nothing.
  const learned = words.length > 1 ? lexicon?.heads.get(headWord(words)) : undefined;
  if (learned && learned !== 'person') return learned;
  if (PERSON_TITLES.test(before)) return 'person';
  // An acronym ("NKVD", "AFSR") names a body far more often than anything else.
  if (/^\p{Lu}{2,6}$/u.test(surface)) return 'organization';
  if (/^\p{Lu}\.\s?(\p{Lu}\.\s?)*\p{Lu}\p{Ll}+/u.test(surface)) return 'person';
  // A middle initial ("Alan M. Ball"), or a Scottish or Irish surname ("Ramsay MacDonald").
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\. \p{Lu}\p{Ll}+$/u.test(surface) || (words.length > 1 && /^(?:Mac|Mc|O['’])\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]))) return 'person';
  // A given name opens a person's name, or stands for one alone ("Sergei", "Zina" are people in running text).
  if (isPeriodGivenName(first, lexicon) || opensWithGivenName(words, lexicon)) return 'person';
  if (SPEECH_VERBS.test(after)) return 'person';
  // Said to be a place in the same breath: "Prinkipo, an island off Istanbul", "the island of Prinkipo", "Kolpashevo, a village".
  if (/^,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:island|town|village|city|port|river|region|province|district|suburb|capital|fortress|monastery|estate|peninsula)\b/u.test(after) || /\b(?:island|isle|town|village|city|port)\s+of\s+$/i.test(before)) return 'place';
  // A government or cabinet named after its head: "the Blum government", "the Brüning cabinet".
  if (words.length <= 2 && /^\s+(?:government|cabinet|ministry|regime|administration|dictatorship)\b/.test(after) && !places().demonyms.has(nameTokens(surface).join(' ')) && !places().places.has(nameTokens(surface).join(' '))) return 'person';
  // An author: before a cited title ("Figes, *A People's Tragedy*") or with a possessive before one ("Machiavelli's The Prince").
  // (Not a known place: "Prague's “Russian Action”" is the city's.)
  if (/^(?:,\s+[*_"“‘']|['’]s\s+[*_"“‘]?(?:The|A|An)\s)\p{Lu}|^['’]s\s+[*_"“‘]\p{Lu}/u.test(after) && !places().places.has(nameTokens(surface).join(' '))) return 'person';
  const possessive = /^['’]s\b/.test(after);
  // "from" and "to" lead to people as often as to places ("a letter to Valentinov", "from Kühlmann"): a surname's ending outweighs them.
  // (Not -in or -yn, which end as many towns: "to Tsaritsyn".)
  const surnameLike = (RUSSIAN_SURNAME.test(foldCase(words[words.length - 1])) && !/[iy]n$/.test(head)) || GERMAN_SURNAME.test(head);
  // …except on a route: "from Tsaritsyn to Odessa".
  const route = (/\bfrom\s+$/i.test(before) && /^\s+to\s+\p{Lu}/u.test(after)) || /\bfrom\s+\p{Lu}[\p{L}-]+\s+to\s+$/u.test(before);
  if (PLACE_CUES.test(before) && words.length <= 3 && !possessive && !(surnameLike && !route && /\b(?:from|to)\s+$/i.test(before))) return 'place';
  // Not a plural: "in the Cossacks' land", "across the Whites' lines" are peoples.
  if (PLACE_CUES_THE.test(before) && words.length === 1 && !/[^s]s$/.test(head) && !possessive) return 'place';
  // A known place, or a nationality adjective ("Latvian"), which names its country as a derived form.
  const folded = nameTokens(surface).join(' ');
  if (places().places.has(folded) || places().demonyms.has(folded)) return 'place';
  const opener = /^(\S+)\s/.exec(surface)?.[1].toLowerCase();
  if (opener && (PLACE_OPENERS.has(opener) || MORE_PLACE_OPENERS.has(opener)) && words.length <= 3) return 'place';
  const lastFolded = foldCase(words[words.length - 1]);
  // A single German name in -burg or -berg is a surname as often as a town ("Hindenburg", "Rosenberg"): the gazetteer or a cue decides those.
  if (words.length <= 3 && PLACE_ENDINGS.test(lastFolded) && !RUSSIAN_SURNAME.test(lastFolded) && !(words.length === 1 && /(?:burg|berg)$/.test(lastFolded))) return 'place';
  if (words.length <= 3 && (RUSSIAN_SURNAME.test(lastFolded) || GERMAN_SURNAME.test(lastFolded)) && !/\b(?:the|a|an)\s+$/i.test(before)) return 'person';
  // A Russian plural names a faction: "Bolsheviki", "Mezhraiontsy", "Narodniki".
  if (words.length === 1 && /(?:viki|niki|tsy|isty)$/.test(lastFolded)) return 'group';
  // A people in the plural ("Ukrainians", "the Czechs") stands for its country, as a nationality adjective does.
  if (words.length === 1 && /s$/.test(lastFolded) && places().demonyms.has(lastFolded.slice(0, -1))) return 'place';
  // A single unknown word with a possessive and a noun after it is someone's: "Budyonny's cavalry", "Kappel's men".
  if (words.length === 1 && /^['’]s\s+\p{Ll}/u.test(after)) return 'person';
  // The plural of a people or a faction after "the": "the Cossacks", "the Whites".
  if (words.length === 1 && /[^s]s$/.test(head) && /\bthe\s+$/i.test(before)) return 'group';
  // One unknown word after "the" and before punctuation or a small word is a thing, most often a place:
  // a river, a region, a building ("the Neva", "the Crimea", "the Smolny").
  if (words.length === 1 && /\bthe\s+$/i.test(before) && /^(?:\s*[,.;:)]|\s+(?:and|or|of|in|on|at|to|from|with|by|was|were|is|had|has|that|which|where|for|bridges?|towns?|district|region|front)\b)/.test(after))
    // …but "the Right", "the Left" are factions.
    return /^(?:right|left|centre|center)$/.test(head) ? 'group' : 'place';
  // Two capitalised words are a person's name, unless an article precedes them ("the Winter Palace").
  // …unless the second is a plural, which names a body of people ("Don Cossacks", "Young Turks"); not a
  // surname in -s ("Orlando Figes", "Grandizo Munis").
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:[kdtrnlmp]s|ites|ians)$/u.test(surface)) return 'group';
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(surface) && !/\b(?:the|a|an)\s+$/i.test(before)) return 'person';
  return null;
}

/**
 * One name, one type within a text: a surname takes the type of the full name it
 * belongs to ("Karl Radek" … "Radek"), and a name typed by a cue in one place
 * lends its type to its untyped repetitions.
 */
export function typeConsistently(out: EntityMention[]): void {
  const byText = new Map<string, Map<EntityType, number>>();
  // Last words of typed people's full names.
  const surnames = new Set<string>();
  for (const c of out) {
    if (!c.type) continue;
    const k = foldCase(c.text);
    const counts = byText.get(k) ?? new Map<EntityType, number>();
    counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    byText.set(k, counts);
    const words = c.text.split(/\s+/);
    if (c.type === 'person' && words.length > 1) surnames.add(foldCase(words[words.length - 1]));
  }
  for (const c of out) {
    const k = foldCase(c.text);
    // The surname of a full name in this text is that person's, whatever its ending suggests ("Benjamin Stolberg" … "Stolberg").
    if (!c.text.includes(' ') && surnames.has(k)) {
      c.type = 'person';
      continue;
    }
    if (c.type) continue;
    const counts = byText.get(k);
    if (counts) c.type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }
}


/** The kind of thing a head word names, by the built-in head words ("Committee": an organisation). */
export function headWordType(head: string): EntityType | undefined {
  return HEADS.find((h) => h.test(head))?.type;
}
const HEADS: { type: EntityType; test: (head: string) => boolean }[] = [
  { type: 'event', test: (h) => EVENT_WORDS.test(h) },
  { type: 'work', test: (h) => WORK_WORDS.test(h) },
  { type: 'organization', test: (h) => ORG_WORDS.test(h) || PERIODICAL_WORDS.test(h) || PUBLISHER_WORDS.test(h) || /^(?:duma|directorate|commission|cheka|assembly|deputies)$/i.test(h) },
  // A hall is a place after a name ("October Hall", "Lenin Hall"); alone, "Hall" is as often a surname ("Stuart Hall").
  { type: 'place', test: (h) => PLACE_WORDS.test(h) || /^halls?$/i.test(h) },
];


/**
 * The last resort, after every cue, the name's other occurrences and its list
 * have had their say: one unknown capitalised word with no article or
 * preposition before it is, in these texts, most often someone's surname
 * ("Hitler", "Frunze", "Hegel"). Where the same word is typed elsewhere in the
 * text, that type was already given.
 */
export function typeLoneSurnames(text: string, entities: EntityMention[]): void {
  for (const m of entities) {
    // A plural of followers ("Octobrists", "Trotskyites") is a party or a group, never one surname.
    if (m.id || m.candidates || m.type || !/^\p{Lu}\p{Ll}{2,}$/u.test(m.text) || /(?:ists|ites)$/.test(m.text)) continue;
    if (/\b(?:the|a|an|on|of|by|in|at|to|from)\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    m.type = 'person';
  }
}

/**
 * Names in a list share a type: "Kolchak and Denikin", "Kazan, Ufa and
 * Samara". An untyped candidate takes the type of a typed name it is listed
 * with (linked or not); two passes let the type run along a list.
 */
export function typeByCoordination(text: string, entities: EntityMention[]): void {
  const joined = (a: EntityMention, b: EntityMention) => /^\s*(?:,|&|and|or|,\s*and|,\s*or)\s*$/.test(text.slice(a.end, b.start));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < entities.length; i++) {
      const m = entities[i];
      if (m.id || m.candidates || m.type) continue;
      const prev = entities[i - 1];
      const next = entities[i + 1];
      const t = (prev && prev.type && !prev.derived && joined(prev, m) ? prev.type : undefined) ?? (next && next.type && !next.derived && joined(m, next) ? next.type : undefined);
      if (t === 'person' || t === 'place' || t === 'organization') m.type = t;
    }
  }
}

