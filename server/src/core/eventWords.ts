// The words Clio reads events by, when a text tells of an event without its name
// (eventDescriptions.ts, sequences.ts): a crude stem, the words that say nothing,
// the nouns of kinds of events, and the words and phrases that tell of a kind of
// event in other words ("the dock" a trial, "laid hands on" an arrest). One table
// for the register's words and the text's, so both are read alike.

/** A crude stem, enough to equate "dictated", "dictating", "dictates" and "dictation", or "disavowal" and "disavowed". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ments', 'ment', 'als', 'al', 'ed', 'es', 's']) {
    if (w.length - suffix.length < 4 || !w.endsWith(suffix)) continue;
    // "press", "Congress": a double s is the word's own.
    if (suffix === 's' && w.endsWith('ss')) break;
    w = w.slice(0, -suffix.length);
    break;
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "dictat(ed)" and "dict(ation)", "deportat(ion)" and "deport(ed)".
  if (w.length >= 6 && w.endsWith('at')) w = w.slice(0, -2);
  // "expelled" → "expel", "dropped" → "drop".
  if (w.length > 4 && w[w.length - 1] === w[w.length - 2] && !/[aeiousl]/.test(w[w.length - 1])) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ll')) w = w.slice(0, -1);
  return w;
}

/** Words that say nothing about which event is meant: function words, light verbs, months. */
export const STOPWORDS = new Set(
  (
    'a an the of in on at to for from by with and or but as is was were be been being had has have his her its their our my your this that these those which who whom whose what when where while after before during into onto over under about against between through than then there here it he she they we you i s not no all any some one two three new old great yet also another other ' +
    'took take taken came come went go gone gave give given put set got get made make would could should will shall may might must out up end last life text call called become became form place held hold sent send wrote write written read lost found left right issue state stated began begin ' +
    'january february march april may june july august september october november december spring summer autumn winter year years day days month months week'
  ).split(' '),
);

/**
 * Nouns that name a kind of event. One in the clause that the event's own words lack,
 * nearer the date than the event's own word, says the clause is about another event
 * ("the armistice signed at Brest on 15 December 1917" is not the treaty signed there;
 * "the letter … written a week after the Hamburg rising of 23 October 1923" is still the rising).
 */
export const EVENT_NOUNS = new Set(
  'armistice treaty peace congress conference plenum session meeting trial trials strike rising uprising insurrection mutiny rebellion revolt revolution coup putsch war battle offensive campaign purge election elections decree resolution declaration letter speech funeral arrest expulsion deportation exile death murder assassination stroke demonstration raid massacre famine occupation invasion split founding capitulation execution'
    .split(' ')
    .map((w) => stem(w)),
);

/** Nouns of what happens to or is done by a person, beside EVENT_NOUNS: "Kornilov's march", "his flight", "her return". */
export const HAPPENING_NOUNS = /^(?:march|attempt|adventure|affair|lunge|revolt|coup|putsch|return|flight|fall|escape|advance|offensive|mission|journey|visit|removal|arrival|dismissal|trial|betrayal|refusal|burial|departure|capture|seizure|(?:\p{Ll}{3,}(?:ion|ment)))$/u;

/** Adjectives in "-al" ("General Secretary", "Central Committee", "Provisional Government"), unlike "removal" or "dismissal", tell of nothing that happened. */
export const ADJECTIVE_AL = /(?:[cr]|[^i]n|ti)al$/;

/** Words that tell of a kind of event without naming it: "stood in the dock", "brought into court" tell of a trial. */
export const SYNONYMS = new Map<string, string>([
  ['dock', 'trial'],
  ['court', 'trial'],
  ['tried', 'trial'],
  ['accus', 'trial'],
  // "their fellow defendants" (not "defended").
  ['defendant', 'trial'],
  ['prosecutor', 'trial'],
  ['verdict', 'trial'],
  ['sentenc', 'trial'],
  ['judg', 'trial'],
  // "condemned by a closed military tribunal".
  ['tribun', 'trial'],
  // "relieved of the War Commissariat": a removal.
  ['reliev', 'remov'],
  // "expulsion" and "expelled".
  ['expuls', 'expel'],
  // "the sailors rose", "did the sailors rise", "had risen": a rising.
  ['rose', 'upris'],
  ['rise', 'upris'],
  ['risen', 'upris'],
  // "several thousand people gathered", "a farewell at the station": a meeting.
  ['gather', 'meet'],
  ['farewell', 'meet'],
  // "put their names to a declaration of surrender": a capitulation.
  ['surrender', 'capitul'],
  // "slaughtered them", "the butchery of trade unionists": a massacre.
  ['slaughter', 'massacr'],
  ['butchery', 'massacr'],
  // "Bukharin's secret visit to Kamenev": a meeting.
  ['visit', 'meet'],
  // "Kamenev's note of his talk with Bukharin", "their conversation": a meeting.
  ['talk', 'meet'],
  ['convers', 'meet'],
  // "recanted to Stalin", "their recantation": a capitulation.
  ['recant', 'capitul'],
  // "renounced the Opposition", "his renunciation": a capitulation.
  ['renounc', 'capitul'],
  ['renunci', 'capitul'],
  // "the Rapallo deal", "the pact": a treaty.
  ['deal', 'treaty'],
  ['pact', 'treaty'],
  // "the mutiny at Kronstadt": a revolt.
  ['mutiny', 'revolt'],
  ['mutini', 'revolt'],
  // "the Hamburg rising", "the Hamburg Uprising".
  ['rising', 'upris'],
  ['risings', 'upris'],
]);

/** A word's cue: its stem, or the kind of event it tells of. The same for the register's words and the text's. */
export function cueOf(word: string): string {
  const s = stem(word);
  return SYNONYMS.get(s) ?? s;
}

/** The blow of a killing, which may come a day before the death: "struck down in his study", "drove an ice axe into his skull". */
export const BLOW = /\b(?:struck|strikes|strike|striking|cut|gunned)\s+(?:him\s+|her\s+)?down\b|\bmortally\s+wounded\b|\b(?:with|drove|drives|driving|buried|sank|brought\s+down)\s+(?:an?\s+|the\s+|his\s+)?(?:ice[\s-]?(?:axe|ax|pick)|pickaxe|alpenstock)\b/i;

/** Coming ashore: "landed", "stepped ashore", "was put ashore", "put him ashore" (an arrival; the end of a deportation, claims.ts). */
export const COMING_ASHORE = /(?:landed|(?:stepped|came|went|was\s+put|put\s+(?:him|her|them))\s+ashore)/;

/** Phrases that tell what happened without its word: the cue of the event's own word. */
export const PHRASE_CUES: [RegExp, string][] = [
  [/\b(?:lay|lays|laid|laying)\s+hands\s+on\b/i, 'arrest'],
  // "Lenin's coffin was carried out", "the burial of Lenin": a funeral (the person's own, where one is named).
  [/\b(?:coffin|bier|burial)\b/i, 'funer'],
  // "the night the GPU came for our press": a raid, by a force ("she came for her prints" is a client's errand).
  [/(?<=\b(?:[Pp]olice|GPU|G\.P\.U\.|OGPU|Cheka|[Cc]hekists|[Gg]uards?|[Gg]endarmes?|[Ss]oldiers|[Tt]roops|[Aa]gents|[Mm]en|[Mm]ilitia|[Dd]etectives|Okhrana)\b[^.;:!?]{0,30})\b(?:came|come|comes|coming)\s+for\s+(?:our|their|his|her|the|its)\s/, 'raid'],
  // "a few hundred communists took to the streets": a rising.
  // …"when the workers of Hamburg took up arms": a rising.
  [/\b(?:took|take|takes|taking|taken)\s+to\s+the\s+(?:streets|barricades)\b|\b(?:took|take|takes|taking|taken)\s+up\s+arms\b/i, 'upris'],
  // "bundled onto a train for Alma-Ata", "put aboard a steamer": a deportation.
  // …"put him off the boat at Constantinople".
  [/\b(?:bundled|put|placed|pushed|forced|carried)\s+(?:him\s+|her\s+|them\s+)?(?:[^.;:!?]{0,40}?\s)?(?:on|onto|on\s+to|into|aboard|on\s+board|off)\s+(?:a|the)\s+(?:train|steamer|ship|boat)\b/i, 'deport'],
  // "the Ilyich sailed with Trotsky aboard": a deportation by sea (the person named is whose event it is).
  [/\b(?:sailed|sails|sailing|steamed|put\s+(?:out|to\s+sea))\s+(?:from\s+\p{Lu}[\p{L}-]*\s+)?with\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:aboard|on\s+board)\b/iu, 'deport'],
  // "had thousands shot in Shanghai", "ordered hundreds of workers killed": a massacre.
  [/\b(?:had|have|has|ordered)\s+(?:(?:some|many|several)\s+)?(?:thousands|hundreds|scores|dozens)\s+(?:of\s+[\p{L}-]+\s+)?(?:shot|killed|executed|slaughtered|massacred|butchered|cut\s+down)\b/iu, 'massacr'],
  // "the letter was read out to the delegations", "read aloud to the congress": a reading ("read" alone is too common a word).
  [/\b(?:read|reads|reading)\s+(?:out|aloud)\b|\bwas\s+read\s+to\s+the\b/i, 'read'],
  // "once Lenin had been struck down in May": a stroke (an owned event: only a person who had strokes has one so told).
  [/\bstruck\s+down\b/i, 'strok'],
  // "made their peace with the Stalin majority": a capitulation.
  [/\b(?:made|make|makes|making)\s+(?:their|his|her|its)\s+peace\s+with\b/i, 'capitul'],
  // "broke with the Opposition": a capitulation (an oppositionist's; the owner check keeps it to the event's own people).
  [/\b(?:broke|breaks|break|broken|breaking)\s+with\s+(?:the\s+)?Opposition\b/, 'capitul'],
  // "sent his men to break up the little press": a raid.
  [/\b(?:break|breaks|broke|broken|breaking)\s+up\s+(?:the|a|an|our|their|his|her|its)\s/i, 'raid'],
  // "the Bolsheviks took power": the seizure of it.
  [/\b(?:took|take|takes|taking|taken)\s+power\b/i, 'seiz'],
  // "took up his post as General Secretary": an appointment.
  [/\b(?:took|taken|take|takes|taking)\s+up\s+(?:his|her|the)\s+(?:post|office|duties)\s+(?:as|of)\b/i, 'appoint'],
  // "took the War Commissariat away from him": a removal.
  [/\b(?:took|taken|take|takes|taking)\s+(?:[\p{L}'’-]+\s+){1,4}away\s+from\b/iu, 'remov'],
  // "voted Trotsky off the Politburo", "threw Zinoviev out of the Political Bureau": a removal (the verb alone, so the
  // one removed reads as its object; a body's name follows, unlike "put him off the boat").
  [/\b(?:voted|votes|vote|put|puts|threw|throws|kicked|kicks|took|takes)(?=\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|him|her)\s+(?:off|out\s+of)\s+the\s+\p{Lu})/u, 'remov'],
  // "landed at Constantinople", "stepped ashore at Constantinople": an arrival.
  [new RegExp(`\\b${COMING_ASHORE.source}\\s+(?:at|in)\\b`, 'i'), 'arriv'],
  // "removed under escort to Alma Ata", "packed off to Alma-Ata": a deportation.
  // …"carried him off to Alma-Ata", "packed them off to Siberia".
  [/\b(?:removed|taken|sent|transported|shipped|packed\s+off)\s+(?:under\s+(?:armed\s+)?escort\s+)?to\b|\b(?:carried|packed|hustled|spirited)\s+(?:him|her|them)\s+off\s+to\b/i, 'deport'],
  // "when Lenin came home from exile": a return.
  [/\b(?:came|come|comes|coming)\s+(?:home|back)\b/i, 'return'],
  // "the new Central Committee made Stalin its General Secretary": an appointment.
  [/\b(?:made|makes|make|making|named|names|elected|elects|chose|chooses)\s+(?:\p{Lu}\p{Ll}+|him|her)\s+(?:(?:its|their|the|a|his|her)\s+)?(?:new\s+|first\s+)?(?:General\s+Secretary|general\s+secretary|[Cc]hairman|[Pp]resident|[Cc]ommissar|[Ss]ecretary)\b/u, 'appoint'],
  // "handed Stalin the new post of General Secretary": an appointment.
  // (Not "moved from the post of General Secretary".)
  [/\b(?:gave|give|gives|given|handed|hand|hands|offered|conferred|awarded)\s+(?:\p{Lu}\p{Ll}+\s+|him\s+|her\s+)?(?:the|a)\s+(?:new\s+)?(?:post|office)\s+of\b/iu, 'appoint'],
  // "turned the guns on the Shanghai unions", "opened fire on the crowd": a massacre.
  [/\b(?:turned|turn|turns|turning)\s+(?:the|their|his)\s+(?:guns|machine[\s-]guns|rifles)\s+on\b|\b(?:opened|open|opens|opening)\s+fire\s+on\b/i, 'massacr'],
  // "struck down in his study", "drove an ice axe into his skull", "mortally wounded": a killing.
  [BLOW, 'murder'],
  [/\b(?:threw|throw|throws|thrown|shut|shuts|locked|locks|clapped|put|puts)\s+(?:\p{Lu}\p{Ll}+|him|her|them)\s+(?:up\s+)?(?:in|into)\s+(?:prison|jail|gaol|a\s+cell|the\s+\p{Lu})/iu, 'imprison'],
];

/** Verbs whose past tense has no "-ed" ("the sailors rose"). */
export const IRREGULAR_PASTS = new Set(['rose', 'fell', 'broke', 'began', 'shot', 'fled', 'won', 'struck', 'overthrew', 'seized', 'sank', 'hanged']);

/** Ordinals tell numbered events apart: "the second great trial" is not the first. */
export const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'last', 'final']);
