// Dates a text quotes in order to question or correct them, which are not the text's own claims: a quotation marked as
// someone else's error ("'Lenin died on 24 January 1924' — a typo"), one the text questions or puts right after it
// ("Two essays still give 'the Thirteenth Congress of January 1924'. That was the Conference."), a quotation that asks,
// and what someone "insisted" the date was, put right in the next words.

import type { Span } from './types';

/** Words that mark a quotation as someone else's error: "'Lenin died on 24 January 1924' — a typo". */
const ERROR_MARK = /\b(?:typo|misprint|sic|error|mistake|wrong(?:ly)?|slip|should\s+(?:be|read)|read\s+for|corrected?|not\s+so|in\s+fact)\b/i;

/**
 * Whether a date stands in a quotation the text marks as an error (the writer quotes it to correct it): "p. 88:
 * "Lenin died on 24 January 1924" — a typo; the text elsewhere has the 21st". Such a date is not the text's claim.
 */
export function quotedAsError(text: string, d: Span): boolean {
  if (queriedQuotation(text, d) || askedInQuotes(text, d) || reportedAndPutRight(text, d)) return true;
  const lineStart = text.lastIndexOf('\n', d.start) + 1;
  const lineEnd = text.indexOf('\n', d.end) === -1 ? text.length : text.indexOf('\n', d.end);
  const open = Math.max(text.lastIndexOf('"', d.start - 1), text.lastIndexOf('“', d.start - 1));
  if (open < lineStart) return false;
  // The quotation closes after the date (an even count of plain quotes before the opening one on the line).
  const before = text.slice(lineStart, open);
  if (text[open] === '"' && (before.match(/"/g) ?? []).length % 2 === 1) return false;
  const close = text.slice(d.end, lineEnd).search(/["”]/);
  if (close < 0 || close > 200) return false;
  const after = d.end + close + 1;
  return ERROR_MARK.test(text.slice(after, Math.min(lineEnd, after + 40))) || /\b(?:typo|misprint|error|mistake|wrongly|erroneously)\b[^.;]{0,30}$/i.test(text.slice(Math.max(lineStart, open - 60), open));
}

/**
 * A quotation from another text that the text then questions: "Query: the draft says 'the Fifth Synod in March 1611, which
 * deposed the abbot'. Is that the Council?" The date is the quoted text's, put in doubt, not this text's claim.
 */
function queriedQuotation(text: string, d: Span): boolean {
  const lineStart = text.lastIndexOf('\n', d.start) + 1;
  const said = /\b(?:says|said|say|writes|wrote|write|has|have|reads|read|gives|give|puts|put|puts\s+it|dates\s+it|claims|calls|call|cites|cite|quotes|quote|repeats|repeat)\s*:?\s*(["“‘'])[^"“”‘’\n]*$/.exec(text.slice(lineStart, d.start));
  if (!said) return false;
  const closer = said[1] === '“' ? '”' : said[1] === '‘' ? '’' : said[1];
  const close = text.indexOf(closer, d.end);
  if (close < 0 || close - d.end > 200 || text.slice(d.end, close).includes('\n')) return false;
  const after = text.slice(close + 1, close + 100);
  // …or that the text goes on to put right: "Two essays still give 'the Thirteenth Congress of January 1924'. That was the Conference."
  // ("still" says the quoted wording should have changed.)
  const corrected = /\bstill\s+\p{L}+\s*:?\s*["“‘']$/u.test(text.slice(lineStart, lineStart + said.index + said[0].indexOf(said[1]) + 1)) && /^[^.!?\n]{0,3}[.!;]?\s*(?:(?:that|this|it)\s+(?:was|is|were|are)\b|(?:in\s+fact|actually|but)\b|[^.!?\n]{0,40}\b(?:was|were|is)\s+(?:the|in\s+fact|actually|really)\b)/i.test(after);
  return corrected || /^[^.!?\n]{0,3}[.!]?\s*[^.!?]{0,80}\?/.test(after);
}

/** A quotation that is a question: "Surely Zinoviev and Kamenev were tried in 1937, with Radek?" asks, it claims nothing. */
function askedInQuotes(text: string, d: Span): boolean {
  const lineStart = text.lastIndexOf('\n', d.start) + 1;
  const open = /(["“])[^"“”\n]*$/.exec(text.slice(lineStart, d.start));
  if (!open) return false;
  const close = text.slice(d.end, d.end + 200).search(open[1] === '“' ? /”/ : /"/);
  return close >= 0 && !text.slice(d.end, d.end + close).includes('\n') && /\?\s*$/.test(text.slice(d.end, d.end + close));
}

/**
 * What someone else "insisted" or "thought" the date was, put right in the next words: "A visitor insisted that Lenin died on the
 * 22nd, not on the 21st as the card says. Curator: the card is right." The text reports the error; it does not make it.
 */
const REPORTED_THAT = /\b(?:insisted|insists|claimed|claims|says|said|gives|gave|maintained|argued|thought|believed|supposed|assumed|suggested|complained|wrote|asked\s+whether)\s+(?:that\s+)?[^.;:!?\n]*$/i;
const PUT_RIGHT = /^[^\n]{0,160}?(?:[.;:]\s*|\s[—–]\s*|\n\s*)(?:\p{Lu}[\p{L}-]*\s*:\s*)?(?:no\b|the\s+\p{L}+\s+is\s+right|(?:it|that|this)\s+(?:is|was)\s+(?:wrong|a\s+mistake|mistaken)|in\s+fact|actually)/iu;
/**
 * What an earlier version said, unquoted: "draft 2 said Lenin died on the 24th; draft 3 has it right", "the first draft had Trotsky
 * put off the Political Bureau in 1927; draft 2 has October 1926", "the old caption said … — it now says 16 April 1922".
 */
const VERSION_HAD = /\b(?:drafts?|versions?|proofs?|captions?|labels?|blurbs?|handouts?|timelines?|settings?|pressings?|printings?|editions?|sheets?|panels?|slides?|boards?)(?:\s+\d+)?\s+(?:said|says|had|has|gave|gives|put|puts|dated|dates|read|reads|showed|shows|called|calls|listed|lists)\s+[^.;:!?\n—–]*$/i;
/** …put right after it: a later version that "has it right", "now says", "has October 1926"; "fixed", "corrected", "changed to". */
const VERSION_RIGHTED = /^[^\n.;:—–]{0,120}(?:[.;:]\s*|\s[—–]\s*)(?:[^\n.;:]{0,40}?\b(?:(?:has|have|gets?|got)\s+it\s+right|(?:which|that|this|it)\s+is\s+right|now\s+(?:says|reads|has|gives)|(?:the\s+)?new\s+\p{L}+\s+(?:reads|says|has|gives)|(?:draft|version|proof|edition|printing)\s+\d+\s+(?:has|gives|says|reads)|(?:fixed|corrected|amended)\b|changed\s+(?:it\s+)?to|it\s+was\s+(?:(?:in|on)\s+)?(?:the\s+)?(?:\d|\p{Lu}\p{Ll}+\s+\d)))/iu;
function reportedAndPutRight(text: string, d: Span): boolean {
  const lineStart = text.lastIndexOf('\n', d.start) + 1;
  const before = text.slice(Math.max(lineStart, d.start - 100), d.start);
  const after = text.slice(d.end, d.end + 200);
  return (REPORTED_THAT.test(before) && PUT_RIGHT.test(after)) || (VERSION_HAD.test(before) && VERSION_RIGHTED.test(after));
}

/** Before a quotation, whose words it is: a draft's, an earlier version's, a candidate's answer, a wording the text forbids. */
const QUOTED_FROM = /(?:\b(?:drafts?(?:\s+\d+)?|versions?(?:\s+\d+)?|issues?(?:\s+\d+)?|editions?(?:\s+\d+)?|proofs?|(?:first|earlier|old|original|previous)\s+(?:draft|version|proof|text|label|caption|wording|issue|edition|printing)|manuscript|MS|candidate|student|answer|script|report|essay|homework|composition|exercise)\b[^"“\n]{0,24}?(?:\s*:\s*|\s+(?:said|says|had|has|read|reads|gave|gives|wrote|writes|put|dated|dates)\s*:?\s*|\s+(?:gave|gives|had|has|put|dated|dates|listed|lists)\s+[^"“\n.;]{1,40}?\s+(?:as|at|to|in|on)\s*)|\b(?:[Dd]o\s+not|[Dd]on['’]t|[Nn]ever)\s+(?:credit|accept|use|write|say|print|allow)\s*:?\s*)$/i;
/** After such a quotation, on its line, the text's correction of it. */
const CORRECTED_AFTER = /\b(?:fixed|corrected|correction|wrong(?=\s*[!:])|changed\s+(?:it\s+)?to|amended|(?:it\s+)?now\s+(?:says|reads|has|gives)|no\s+credit|(?:is|was)\s+wrong|date\s+is\s+wrong|should\s+(?:be|read|say)|not\s+so|error|mistake|typo|misprint)\b/i;

/**
 * Quotations of another text's wording that this text corrects or forbids: "Draft 2 said "The sailors rose at Kronstadt in
 * 1920". Now it says 1921. Fixed.", "Candidate: "… in 1918, after the October seizure of power." … The date is wrong",
 * "Do not credit "the Thirteenth Congress in January 1924"". Neither their dates nor the order they tell are the text's.
 */
export function correctedQuotations(text: string): Span[] {
  const out: Span[] = [];
  const QUOTE = /["“]([^"“”\n]{3,300})["”]/g;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const newline = text.indexOf('\n', m.index);
    const lineEnd = newline < 0 ? text.length : newline;
    const intro = QUOTED_FROM.exec(text.slice(Math.max(lineStart, m.index - 60), m.index));
    if (!intro) continue;
    const end = m.index + m[0].length;
    const forbidden = /(?:not|n['’]t|[Nn]ever)\s+\p{L}+\s*:?\s*$/u.test(intro[0]);
    if (forbidden || CORRECTED_AFTER.test(text.slice(end, Math.min(lineEnd, end + 160)))) out.push({ start: m.index, end });
  }
  return out;
}
