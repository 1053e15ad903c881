// Conflict detection against hand-made sets (test/fixtures/conflicts-*): texts
// written with planted contradictions and near misses, each listed in the set's
// answers.yaml by file, line and the date as written. The corpus register applies;
// the set's sources.yaml gives each text's metadata. Prints figures; asserts nothing.
// `npx tsx bench/conflictsEval.ts [set…]` runs it alone; bench/run.ts calls `evaluateConflicts()`.
//
// Scoring, as each set's README asks:
//   found       a planted contradiction is found when some reported conflict has a
//               side on its claim (for a pair planted between two claims, on either);
//               a wrong claim may be reported against any correct claim about the event.
//   false alarm a reported conflict with no side on a planted claim; and a near miss
//               is fired when some reported conflict has a side on it.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CorpusIndex, type ClaimRef, type Conflict } from '../server/src/core';
import { REPO } from '../test/fixtures/gold';

interface Place {
  file: string;
  line: number;
  quote: string;
}

interface Planted extends Place {
  event: string;
  kind: string;
  other?: Place;
}

interface NearMiss extends Place {
  event?: string;
  why: string;
}

/** Development sets (their errors are listed and read) and held-out sets (totals only: their errors are never listed, so no rule is fitted to them). */
export const CONFLICT_SETS = ['conflicts-dev-1', 'conflicts-dev-2', 'conflicts-dev-3', 'conflicts-dev-4', 'conflicts-dev-5', 'conflicts-dev-6', 'conflicts-dev-7', 'conflicts-dev-8', 'conflicts-dev-9', 'conflicts-dev-10', 'conflicts-dev-11', 'conflicts-dev-12', 'conflicts-dev-13', 'conflicts-dev-14', 'conflicts-dev-15', 'conflicts-dev-16', 'conflicts-dev-17', 'conflicts-dev-18', 'conflicts-dev-19', 'conflicts-dev-20', 'conflicts-dev-21', 'conflicts-dev-22', 'conflicts-dev-23', 'conflicts-dev-24', 'conflicts-dev-25', 'conflicts-dev-26', 'conflicts-dev-27', 'conflicts-dev-28', 'conflicts-heldout-1', 'conflicts-heldout-2', 'conflicts-heldout-3', 'conflicts-heldout-4', 'conflicts-heldout-5', 'conflicts-heldout-6', 'conflicts-heldout-7', 'conflicts-heldout-8', 'conflicts-heldout-9', 'conflicts-heldout-10', 'conflicts-heldout-11', 'conflicts-heldout-12', 'conflicts-heldout-13', 'conflicts-heldout-14', 'conflicts-heldout-15', 'conflicts-heldout-16', 'conflicts-heldout-17', 'conflicts-heldout-18', 'conflicts-heldout-19', 'conflicts-heldout-20', 'conflicts-heldout-21', 'conflicts-heldout-22', 'conflicts-heldout-23', 'conflicts-heldout-24', 'conflicts-heldout-25'];

function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(dir, path.join(rel, d.name)) : /\.(txt|md)$/.test(d.name) && d.name !== 'README.md' ? [path.join(rel, d.name).split(path.sep).join('/')] : [],
  );
}

/** Whether a side of a reported conflict is the claim at `place`: same file and line, and the dates as written overlap. */
function isAt(index: CorpusIndex, side: ClaimRef, place: Place): boolean {
  if (side.reference || side.source !== place.file) return false;
  const doc = index.get(side.source)!;
  if (doc.lines.positionAt(side.start).line + 1 !== place.line) return false;
  const lineStart = doc.lines.offsetAt({ line: place.line - 1, character: 0 });
  const at = doc.text.indexOf(place.quote, lineStart);
  return at >= 0 && at < side.end && side.start < at + place.quote.length;
}

export function scoreConflictSet(name: string): { planted: number; found: number; nearMisses: number; fired: number; reported: number; falseAlarms: number; lines: string[] } {
  const dir = path.join(REPO, 'test', 'fixtures', name);
  const answers = parse(readFileSync(path.join(dir, 'answers.yaml'), 'utf8')) as { conflicts: Planted[]; near_misses: NearMiss[] };
  const index = new CorpusIndex();
  // The register as if beside the set's texts, so that known discrepancies would name them as the set does.
  index.setDocument('register.yaml', readFileSync(path.join(REPO, 'corpus', 'register.yaml'), 'utf8'));
  index.setDocument('sources.yaml', readFileSync(path.join(dir, 'sources.yaml'), 'utf8'), 'sources-meta', (p) => p);
  for (const f of filesUnder(dir)) index.setDocument(f, readFileSync(path.join(dir, f), 'utf8'));
  const conflicts = index.conflicts();
  const lines: string[] = [];
  const where = (s: ClaimRef) => (s.reference ? `register ${s.text}` : `${s.source}:${index.get(s.source)!.lines.positionAt(s.start).line + 1} "${s.text}"`);
  const on = (c: Conflict, p: Place) => isAt(index, c.a, p) || isAt(index, c.b, p);
  const byKind = new Map<string, { n: number; found: number }>();
  let found = 0;
  for (const p of answers.conflicts) {
    const hit = conflicts.find((c) => on(c, p) || (p.other && on(c, p.other)));
    const k = byKind.get(p.kind) ?? { n: 0, found: 0 };
    k.n++;
    if (hit) (k.found++, found++);
    byKind.set(p.kind, k);
    if (!hit) lines.push(`     missed  ${p.kind.padEnd(20)} ${p.file}:${p.line} "${p.quote}" (${p.event})`);
  }
  let fired = 0;
  for (const m of answers.near_misses) {
    const hit = conflicts.find((c) => on(c, m));
    if (!hit) continue;
    fired++;
    lines.push(`     fired   near miss            ${m.file}:${m.line} "${m.quote}": ${hit.eventName}, against ${where(isAt(index, hit.a, m) ? hit.b : hit.a)}`);
  }
  const planted = answers.conflicts.flatMap((p) => (p.other ? [p, p.other] : [p]));
  const falseAlarms = conflicts.filter((c) => !planted.some((p) => on(c, p)));
  for (const c of falseAlarms) lines.push(`     false   ${c.rule.padEnd(20)} ${c.eventName}: ${where(c.a)} vs ${where(c.b)}`);
  lines.unshift(`     by kind: ${[...byKind].map(([k, v]) => `${k} ${v.found}/${v.n}`).join(' · ')}`);
  return { planted: answers.conflicts.length, found, nearMisses: answers.near_misses.length, fired, reported: conflicts.length, falseAlarms: falseAlarms.length, lines };
}

export async function evaluateConflicts(sets = CONFLICT_SETS): Promise<void> {
  console.log('\n9. Conflict detection against hand-made sets (planted contradictions and near misses, corpus register)');
  for (const name of sets) {
    const r = scoreConflictSet(name);
    console.log(`   ${name}: found ${r.found} of ${r.planted} planted contradictions (${((100 * r.found) / r.planted).toFixed(0)}%) · near misses fired ${r.fired} of ${r.nearMisses} · reported ${r.reported}, of which ${r.falseAlarms} touch no planted claim`);
    if (name.includes('heldout')) continue;
    for (const l of r.lines) console.log(l);
  }
}

// Run alone only when started as this file: bundled into the bench, `require.main === module` holds for every module.
if (/conflictsEval\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) void evaluateConflicts(process.argv.slice(2).length ? process.argv.slice(2) : undefined);

