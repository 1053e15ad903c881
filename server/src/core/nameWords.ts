// Word tests shared by the candidate scan and the layout readers: the common
// words that are no names by themselves, the English dictionary, and one sweep
// for overlaps with the spans already taken.

import { ENGLISH_WORDS } from './gazetteer.data';
import type { Span } from './types';

// Capitalised words that are not names by themselves at the start of a sentence or in a title.
export const COMMON = new Set(
  ('a an the and or but if then so yet for nor of in on at to from by with without into onto upon about above below after before ' +
    'during since until while when where why how what which who whom whose this that these those there here it its he she they we ' +
    'you i his her their our your my me him them us one two three four five first second third last next also even still thus ' +
    'however therefore moreover furthermore indeed yes no not all any each every some many most much more such both either neither ' +
    'other another same own only just as than too very can could may might must shall should will would do does did done has have ' +
    'had is are was were be been being let like unlike although though because once whether chapter part section volume book introduction ' +
    'conclusion preface note notes see ibid compare contrast quoted cited citing quoting mr mrs dr sir comrade comrades general president professor saint st ' +
    'january february march april may june july august september october november december spring summer autumn winter fall ' +
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays god today yesterday tomorrow ' +
    'meanwhile nevertheless nonetheless afterwards later soon finally instead hence accordingly otherwise perhaps ' +
    'certainly clearly obviously surely already again often sometimes never always now yet whereas despite ' +
    'although unless within between among against toward towards through throughout beyond besides ' +
    'nothing something everything everyone someone anyone nobody none few several ' +
    'under over across around behind beneath beside inside outside near off out per via against ' +
    // Abbreviated months and ranks: "Sept", "Gen." are not names by themselves; nor are a citation's "Vol.", "Nos.", "Pp.".
    // ("Jan" is not among them: alone, and not in a date, it is a given name, "Jan Frankel".)
    'feb mar apr jun jul aug sep sept oct nov dec gen adm col capt lt sgt maj vol vols nos pp ' +
    // A note's and a mail's apparatus: "TODO", "Abbrev:", "ALT:" (an image's text), "Fwd:", "NB".
    'todo fixme abbrev abbrevs alt fwd fw nb ' +
    // Forms of address and honours, which name no one by themselves: "His Majesty's Minister", "Citizen Procurator", "Hero of the Soviet Union".
    'majesty highness excellency citizen hero').split(/\s+/),
);

let englishWords: Set<string> | undefined;
/** A common English word (SCOWL's, built on first use from scripts/gazetteer.mjs's list, or one of Clio's own common words); `word` folded. */
export function isEnglishWord(word: string): boolean {
  return (englishWords ??= new Set(ENGLISH_WORDS.split('\n'))).has(word) || COMMON.has(word);
}

/**
 * Whether spans asked about in order of position overlap any of `sorted` (sorted by
 * start): one sweep over the list for all the questions, not a search for each.
 */
export function overlapSweep(sorted: Span[]): (start: number, end: number) => boolean {
  let i = 0;
  return (start, end) => {
    while (i < sorted.length && sorted[i].end <= start) i++;
    return i < sorted.length && sorted[i].start < end;
  };
}
