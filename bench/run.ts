// `npm run bench`: Clio's performance figures, each against a named baseline.
// Prints figures; asserts nothing (targets live here, never in timed unit tests).
//
//   1. Cold indexing of the sample corpus, replicated 1×–16×: MB/s and the
//      growth ratio per doubling (the roadmap allows at most 2.2×).
//   2. Entity matching: the trie over normalised tokens against the naive
//      baseline of one regular expression per alias.
//   3. Edit → conflict diagnostics: re-analysing one document and re-checking
//      its events, against the baseline of rebuilding the whole index.
//   4. Queries: hover lookups (entity at offset, entity card data) p50/p95.
//   5. The matcher with a 10,000-entry register against compromise (bench/entities.ts).
//   6. Date recognition throughput against chrono-node and compromise-dates (bench/dates.ts).
//   7. Date accuracy on a hand-annotated gold standard of the sample sources (bench/datesEval.ts).
//   8. Entity recognition and linking against a hand-annotated gold standard (bench/entitiesEval.ts).
//   9. Conflict detection against hand-made sets of planted contradictions and near misses (bench/conflictsEval.ts).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CorpusIndex, EntityMatcher, parseRegister } from '../server/src/core';
import { benchDates } from './dates';
import { benchEntities } from './entities';
import { evaluateConflicts } from './conflictsEval';
import { evaluateDates } from './datesEval';
import { evaluateEntities } from './entitiesEval';
import { sampleFile, sampleSources } from './sample';

const register = sampleFile('register.yaml');
const sourcesMeta = sampleFile('sources.yaml');
const sources = sampleSources();
const corpusBytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);

const fmt = (n: number, d = 2) => n.toFixed(d);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function build(copies: number): CorpusIndex {
  const index = new CorpusIndex();
  index.setDocument('register.yaml', register);
  index.setDocument('sources.yaml', sourcesMeta, 'sources-meta', (p) => p);
  for (let c = 0; c < copies; c++) for (const s of sources) index.setDocument(c ? `copy${c}/${s.key}` : s.key, s.text);
  return index;
}

function time<T>(fn: () => T, runs = 3): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, result };
}

console.log(`Clio benchmarks — node ${process.version}, sample corpus ${sources.length} sources, ${fmt(corpusBytes / 1024, 1)} KiB, register ${parseRegister(register).register.entries.length} entries\n`);

// 1. Cold indexing, scaling.
console.log('1. Cold indexing (register + sources, all analysis: entities, dates, candidates, claims, conflicts)');
let prev: number | undefined;
for (const copies of [1, 2, 4, 8, 16]) {
  const { ms } = time(() => build(copies), copies > 8 ? 2 : 3); // best of several: one run of a big index is at the mercy of the garbage collector
  const mb = (corpusBytes * copies) / 1048576;
  const ratio = prev ? ` · ×${fmt(ms / prev)} per doubling (limit 2.2)` : '';
  console.log(`   ${String(copies).padStart(2)}× (${fmt(mb, 2)} MB): ${fmt(ms, 0).padStart(6)} ms · ${fmt(mb / (ms / 1000))} MB/s${ratio}`);
  prev = ms;
}

// 2. Entity matcher vs one regex per alias.
console.log('\n2. Entity matching: trie over normalised tokens vs baseline "one regex per alias"');
const reg = parseRegister(register).register;
const matcher = new EntityMatcher(reg);
const text = sources.map((s) => s.text).join('\n');
const trie = time(() => matcher.match(text), 5);
const aliases = reg.entries.flatMap((e) => [e.name, ...e.aliases]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexes = aliases.map((a) => new RegExp(`\\b${escape(a)}\\b`, 'giu'));
const naive = time(() => {
  let n = 0;
  for (const re of regexes) n += [...text.matchAll(re)].length;
  return n;
}, 2);
const mb = Buffer.byteLength(text) / 1048576;
console.log(`   trie:      ${fmt(trie.ms, 1).padStart(7)} ms · ${fmt(mb / (trie.ms / 1000))} MB/s · ${trie.result.length} mentions (${aliases.length} aliases)`);
console.log(`   baseline:  ${fmt(naive.ms, 1).padStart(7)} ms · ${fmt(mb / (naive.ms / 1000))} MB/s · ${naive.result} raw hits, no longest-match or case rules`);
console.log(`   ratio:     trie is ×${fmt(naive.ms / trie.ms, 1)} the baseline's speed`);

// 3. Edit → conflicts.
console.log('\n3. Edit → new conflict diagnostics (one source edited so that it contradicts another; a note typed key by key)');
for (const copies of [1, 8]) {
  const index = build(copies);
  const target = sources.reduce((a, b) => (a.text.length > b.text.length ? a : b));
  const edited = target.text + '\n\nLenin died on 21 January 1923.\n';
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const change = index.setDocument(target.key, i % 2 ? target.text : edited);
    for (const k of change.affected) index.conflictsIn(k);
    samples.push(performance.now() - t);
  }
  // The case: a note typed a keystroke at a time; the keystroke that completes "1923" must show the conflict.
  const note = 'notes/typed.md';
  const typed = 'Working note on the succession.\n\nLenin died on 21 January 1923.';
  const keystrokes: number[] = [];
  let shown = false;
  for (let n = typed.length - 12; n <= typed.length; n++) {
    const t = performance.now();
    const change = index.setDocument(note, typed.slice(0, n));
    const found = [...change.affected].some((k) => index.conflictsIn(k).some((c) => c.a.source === note || c.b.source === note));
    keystrokes.push(performance.now() - t);
    if (n === typed.length) shown = found;
  }
  index.removeDocument(note);
  const rebuild = time(() => build(copies), 1).ms;
  console.log(`   ${String(copies).padStart(2)}× corpus: incremental p50 ${fmt(pct(samples, 50), 1)} ms, p95 ${fmt(pct(samples, 95), 1)} ms · baseline full rebuild ${fmt(rebuild, 0)} ms · ×${fmt(rebuild / pct(samples, 50), 0)} faster`);
  console.log(`       typing a note: per keystroke p50 ${fmt(pct(keystrokes, 50), 1)} ms, p95 ${fmt(pct(keystrokes, 95), 1)} ms (target ≤ 100 ms from keystroke to diagnostics) · conflict shown on the last keystroke: ${shown ? 'yes' : 'NO'}`);
}

// 4. Query latency.
console.log('\n4. Queries from the in-memory index (8× corpus)');
// In a block, so that the 8× index is garbage before the matcher is timed: a large live heap slows every later section.
{
  const big = build(8);
  const keys = big.keys().filter((k) => big.get(k)!.role === 'source');
  const lookups: number[] = [];
  const cards: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const doc = big.get(keys[i % keys.length])!;
    const offset = (i * 7919) % doc.text.length;
    let t = performance.now();
    const m = big.entityAt(doc.key, offset) ?? doc.entities[i % doc.entities.length];
    lookups.push(performance.now() - t);
    if (m?.id) {
      t = performance.now();
      big.mentionsOf(m.id);
      big.claimsAbout(m.id);
      cards.push(performance.now() - t);
    }
  }
  console.log(`   entity at offset:  p50 ${fmt(pct(lookups, 50) * 1000, 1)} µs, p95 ${fmt(pct(lookups, 95) * 1000, 1)} µs`);
  console.log(`   hover card data:   p50 ${fmt(pct(cards, 50) * 1000, 1)} µs, p95 ${fmt(pct(cards, 95) * 1000, 1)} µs (mentions per source + dated claims)`);
}

// 5–8. Entities at scale; dates: throughput and accuracy; entities: accuracy against the gold standards.
void (async () => {
  // The bundle runs the matcher in a fresh process (bench/matcherMain.ts); tsx runs it here.
  const isolated = path.join(__dirname, 'matcher.js');
  if (existsSync(isolated)) spawnSync(process.execPath, [isolated], { stdio: 'inherit' });
  else await benchEntities(sources.map((s) => s.text), reg.entries);
  await benchDates(sources.map((s) => s.text));
  await evaluateDates();
  await evaluateEntities();
  await evaluateConflicts();
})();
