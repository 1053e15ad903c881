// Accuracy of date recognition on real prose: Clio, chrono-node and
// compromise-dates scored against the hand-made gold standard in
// test/fixtures/dates-gold (every date expression in the five sample sources,
// annotated by reading, not by running any engine). Prints figures; asserts
// nothing. `npx tsx bench/datesEval.ts` runs it alone; bench/run.ts calls
// `evaluateDates()`.
//
// Scores (each a percentage of gold expressions, except precision):
//   found           a gold expression overlapped by at least one system mention
//   exact bounds    some system mention has exactly the gold start and end
//   loose bounds    the same after trimming, on both sides, leading prepositions
//                   and articles ("in", "on", "from", "the", ...) and trailing
//                   punctuation: span conventions differ between libraries
//   exact interval  ... and that mention's earliest/latest equal the gold's
//                   (with exact bounds)
//                   (a gold expression without an interval, e.g. a duration or
//                   an unanchored relative date, needs a mention without one)
//   precision       system mentions overlapping a gold expression / all mentions.
//                   When a subset of the gold is scored (e.g. without "doubtful"
//                   items), mentions that overlap only gold outside the subset
//                   are left out of both numerator and denominator.
// Subsets: all gold; without items noted "doubtful"; prose (also without
// citations and titles); citations and titles alone.
//
// Turning each system's output into a closed day interval (ISO dates):
//   Clio        `interval` as returned (absent → no interval).
//   chrono-node each component at its known granularity: day if the day is
//               certain, else the whole month if the month is certain, else the
//               whole year if the year is certain, else the single day chrono
//               implies (a weekday, a time). Year/month values chrono implies
//               from the reference date (now) are used as given. With `end`,
//               the interval runs from start's first day to end's last day.
//   compromise  `dates.start` / `dates.end` (ISO timestamps) cut to their
//               calendar day; no start → no interval; no end → the start day.
//               Mention offsets come from `.json({ offset: true })`: first
//               term's start to last term's end (punctuation left out).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { recognizeDates } from '../server/src/core';

import { REPO as ROOT, goldFiles, type DateGoldFile as GoldFile, type GoldExpression } from '../test/fixtures/gold';



/** One system mention: a span and, if the system gave one, a day interval. */
interface Mention {
  start: number;
  end: number;
  text: string;
  earliest?: string;
  latest?: string;
}

interface Doc {
  key: string;
  text: string;
  gold: GoldExpression[];
}

type System = { name: string; run: (text: string) => Mention[] | Promise<Mention[]> };

// ---------------------------------------------------------------- helpers

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${y < 0 ? '-' + pad(-y, 4) : pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isDoubtful = (g: GoldExpression) => /doubtful/i.test(g.note ?? '');
const isCitation = (g: GoldExpression) => /\b(citation|title)\b/i.test(g.note ?? '');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const clip = (s: string, n = 60) => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};
const LEAD = /^(?:(?:in|on|at|by|from|since|until|till|during|of|about|around|the|a|an)\s+)+/i;
/** A span with leading prepositions/articles and trailing punctuation trimmed. */
function loose(text: string, m: { start: number; end: number }): [number, number] {
  let s = m.start;
  let e = m.end;
  const lead = LEAD.exec(text.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  while (e > s && /[\s,.;:!?)\]]/.test(text[e - 1])) e--;
  return [s, e];
}
const ivl = (x: { earliest?: string; latest?: string } | undefined) => (x && x.earliest ? `${x.earliest}..${x.latest}` : 'no interval');

function loadGold(): Doc[] {
  return goldFiles<GoldFile>('dates-gold').map(({ gold: g }) => ({ key: path.basename(g.source), text: readFileSync(path.join(ROOT, g.source), 'utf8'), gold: g.expressions }));
}

// ---------------------------------------------------------------- systems

function clio(text: string): Mention[] {
  return recognizeDates(text).map((m) => ({ start: m.start, end: m.end, text: m.text, earliest: m.interval?.earliest, latest: m.interval?.latest }));
}

/** A chrono component as [first day, last day] at its known granularity. */
function chronoBounds(c: chrono.ParsedComponents): [string, string] {
  const y = c.get('year') ?? new Date().getFullYear();
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  if (c.isCertain('day')) return [iso(y, m, d), iso(y, m, d)];
  if (c.isCertain('month')) return [iso(y, m, 1), iso(y, m, daysIn(y, m))];
  if (c.isCertain('year')) return [iso(y, 1, 1), iso(y, 12, 31)];
  return [iso(y, m, d), iso(y, m, d)];
}

function chronoNode(text: string): Mention[] {
  return chrono.parse(text).map((r) => {
    const [lo, hi0] = chronoBounds(r.start);
    const hi = r.end ? chronoBounds(r.end)[1] : hi0;
    return { start: r.index, end: r.index + r.text.length, text: r.text, earliest: lo, latest: hi < lo ? lo : hi };
  });
}

interface CompromiseDate {
  text: string;
  offset?: { start: number; length: number };
  terms?: { text: string; offset?: { start: number; length: number } }[];
  dates?: { start?: string | null; end?: string | null };
}
type Nlp = ((text: string) => { dates(): { json(opts?: object): CompromiseDate[] } }) & { plugin(p: unknown): void };
let nlpCache: Nlp | undefined;

async function loadCompromise(): Promise<Nlp> {
  if (!nlpCache) {
    // compromise is an ES module; load it the way its documentation shows.
    const nlp = (await import('compromise')).default as unknown as Nlp;
    nlp.plugin((await import('compromise-dates')).default);
    nlpCache = nlp;
  }
  return nlpCache;
}

async function compromise(text: string): Promise<Mention[]> {
  const nlp = await loadCompromise();
  const out: Mention[] = [];
  let from = 0;
  for (const d of nlp(text).dates().json({ offset: true })) {
    // The span runs from the first term to the last (term offsets leave out the
    // punctuation compromise keeps in `text`); check it quotes the text, else
    // find the text near where compromise says it is.
    const terms = (d.terms ?? []).filter((t) => t.offset && t.text);
    let s = -1;
    let e = -1;
    if (terms.length) {
      const a = terms[0].offset!;
      const b = terms[terms.length - 1].offset!;
      s = a.start;
      e = b.start + b.length;
    }
    const ok = s >= 0 && e > s && text.slice(s, e) === text.slice(s, e).trim() && terms.every((t) => text.startsWith(t.text, t.offset!.start));
    if (!ok) {
      const t = d.text.trim().replace(/^[\s(\["'‘“]+/u, '').replace(/[\s,.;:!?)\]"'’”]+$/u, '');
      if (!t) continue;
      const near = d.offset ? Math.max(0, d.offset.start - 50) : from;
      s = text.indexOf(t, near);
      if (s < 0) s = text.indexOf(t);
      if (s < 0) continue;
      e = s + t.length;
    }
    from = e;
    const day = (x?: string | null) => (x ? x.slice(0, 10) : undefined);
    const lo = day(d.dates?.start);
    const hi = lo ? day(d.dates?.end) ?? lo : undefined;
    out.push({ start: s, end: e, text: text.slice(s, e), earliest: lo, latest: hi && lo && hi < lo ? lo : hi });
  }
  return out;
}

// ---------------------------------------------------------------- scoring

interface Scores {
  n: number;
  found: number;
  bounds: number;
  loose: number;
  interval: number;
  tp: number;
  mentions: number;
}

function score(docs: Doc[], mentions: Mention[][], keep: (g: GoldExpression) => boolean): Scores {
  const s: Scores = { n: 0, found: 0, bounds: 0, loose: 0, interval: 0, tp: 0, mentions: 0 };
  docs.forEach((doc, i) => {
    const ms = mentions[i];
    for (const g of doc.gold) {
      if (!keep(g)) continue;
      s.n++;
      if (ms.some((m) => overlaps(m, g))) s.found++;
      const [gs, ge] = loose(doc.text, g);
      if (ms.some((m) => {
        const [ms0, me0] = loose(doc.text, m);
        return ms0 === gs && me0 === ge;
      })) s.loose++;
      const exact = ms.find((m) => m.start === g.start && m.end === g.end);
      if (exact) {
        s.bounds++;
        if ((exact.earliest ?? '') === (g.earliest ?? '') && (exact.latest ?? '') === (g.latest ?? '')) s.interval++;
      }
    }
    for (const m of ms) {
      const hits = doc.gold.filter((g) => overlaps(m, g));
      if (hits.length && !hits.some(keep)) continue; // overlaps only gold outside the subset
      s.mentions++;
      if (hits.length) s.tp++;
    }
  });
  return s;
}

// ---------------------------------------------------------------- report

export async function evaluateDates(): Promise<void> {
  const docs = loadGold();
  const systems: System[] = [
    { name: 'Clio', run: clio },
    { name: 'chrono-node', run: chronoNode },
    { name: 'compromise-dates', run: compromise },
  ];
  const results: { name: string; mentions: Mention[][]; ms: number }[] = [];
  for (const sys of systems) {
    const t = performance.now();
    const mentions: Mention[][] = [];
    for (const d of docs) mentions.push(await sys.run(d.text));
    results.push({ name: sys.name, mentions, ms: performance.now() - t });
  }

  const all = docs.flatMap((d) => d.gold);
  const nDoubt = all.filter(isDoubtful).length;
  const nCite = all.filter(isCitation).length;
  console.log(
    `\n7. Date recognition accuracy against the hand-made gold standard (test/fixtures/dates-gold): ` +
      `${all.length} expressions in ${docs.length} sources, ${nDoubt} doubtful, ${nCite} in citations/titles`,
  );
  const subsets: [string, (g: GoldExpression) => boolean, boolean][] = [
    ['all gold', () => true, true],
    ['without doubtful items', (g) => !isDoubtful(g), true],
    ['prose only (without doubtful, citations, titles)', (g) => !isDoubtful(g) && !isCitation(g), true],
    ['citations and titles only', (g) => !isDoubtful(g) && isCitation(g), false],
  ];
  const head = `   ${'system'.padEnd(17)} ${'found'.padStart(7)} ${'exact bounds'.padStart(13)} ${'loose bounds'.padStart(13)} ${'exact interval'.padStart(15)} ${'precision'.padStart(10)}`;
  for (const [label, keep, withPrecision] of subsets) {
    const n = all.filter(keep).length;
    console.log(`\n   ${label} (${n} expressions)`);
    console.log(head);
    for (const r of results) {
      const s = score(docs, r.mentions, keep);
      const prec = withPrecision ? `${pct(s.tp, s.mentions).padStart(10)}  (${s.tp}/${s.mentions} mentions)` : '';
      console.log(
        `   ${r.name.padEnd(17)} ${pct(s.found, s.n).padStart(7)} ${pct(s.bounds, s.n).padStart(13)} ${pct(s.loose, s.n).padStart(13)} ${pct(s.interval, s.n).padStart(15)} ${prec}`,
      );
    }
  }

  // Per kind (prose and citations, without doubtful items).
  const kinds = [...new Set(all.map((g) => g.kind))].sort();
  console.log(`\n   found per gold kind (without doubtful items); last column: Clio exact interval`);
  console.log(`   ${'kind'.padEnd(10)} ${'n'.padStart(4)} ${results.map((r) => r.name.padStart(17)).join('')} ${'Clio interval'.padStart(14)}`);
  for (const k of kinds) {
    const keep = (g: GoldExpression) => g.kind === k && !isDoubtful(g);
    const cells = results.map((r) => pct(score(docs, r.mentions, keep).found, all.filter(keep).length).padStart(17)).join('');
    const ci = score(docs, results[0].mentions, keep);
    console.log(`   ${k.padEnd(10)} ${String(all.filter(keep).length).padStart(4)} ${cells} ${pct(ci.interval, ci.n).padStart(14)}`);
  }
  console.log(`   time: ${results.map((r) => `${r.name} ${(r.ms / 1000).toFixed(2)} s`).join(' · ')}`);

  // For the developers: where Clio goes wrong (gold without doubtful items).
  const clioM = results[0].mentions;
  const misses: string[] = [];
  const boundary: string[] = [];
  const mismatches: string[] = [];
  const spurious: string[] = [];
  docs.forEach((doc, i) => {
    const ms = clioM[i];
    const short = doc.key.split('-')[0];
    for (const g of doc.gold) {
      if (isDoubtful(g)) continue;
      const tag = `${short}@${g.start} ${g.kind.padEnd(8)} ${JSON.stringify(clip(g.text, 44))}`;
      const over = ms.filter((m) => overlaps(m, g));
      if (!over.length) {
        misses.push(`${tag}  gold ${ivl(g)}${g.note ? `  [${clip(g.note, 40)}]` : ''}`);
        continue;
      }
      const exact = over.find((m) => m.start === g.start && m.end === g.end);
      if (!exact) boundary.push(`${tag}  Clio ${over.map((m) => JSON.stringify(clip(m.text, 40))).join(' + ')}`);
      const m = exact ?? over[0];
      if ((m.earliest ?? '') !== (g.earliest ?? '') || (m.latest ?? '') !== (g.latest ?? '')) {
        mismatches.push(`${tag}  gold ${ivl(g)}  Clio ${ivl(m)}${exact ? '' : ` (on ${JSON.stringify(clip(m.text, 30))})`}`);
      }
    }
    for (const m of ms) if (!doc.gold.some((g) => overlaps(m, g))) spurious.push(`${short}@${m.start} ${JSON.stringify(clip(m.text, 44))}  …${clip(doc.text.slice(Math.max(0, m.start - 30), m.end + 30), 70)}…`);
  });
  const list = (title: string, rows: string[]) => {
    console.log(`\n   Clio ${title}: ${rows.length}${rows.length > 25 ? ' (first 25)' : ''}`);
    for (const r of rows.slice(0, 25)) console.log(`     ${r}`);
  };
  list('misses (gold expressions no mention overlaps)', misses);
  list('interval mismatches (on the exact or first overlapping mention)', mismatches);
  list('boundary mismatches (found, but not with the gold span)', boundary);
  list('mentions overlapping no gold expression', spurious);
}

// Run alone only when started as this file: bundled into the bench, `require.main === module` holds for every module, and the section ran twice.
if (/datesEval\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  evaluateDates().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
