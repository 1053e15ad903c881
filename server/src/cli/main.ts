// The `clio` command line: `clio analyze --json` and `clio check`, on the same
// core as the language server.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeInterval, teiAttributes, type Conflict, type CorpusIndex } from '../core';
import { loadCorpus } from '../host/loadCorpus';

const USAGE = `Usage:
  clio analyze --json [--root DIR] [PATH...]   print entities, dates, claims and conflicts as JSON
  clio check [--root DIR] [PATH...]            list conflicting dates; exit 1 if there are any

Options:
  --root DIR   the corpus folder (its register.yaml and sources.yaml apply to every PATH); default: .
  --json       JSON output (analyze)
  -h, --help   this help`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const [command, ...paths] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    switch (command) {
      case 'analyze':
        if (!parsed.values.json) throw new UsageError('analyze needs --json (the only output format so far)');
        return await analyze(parsed.values.root ?? '.', paths);
      case 'check':
        if (parsed.values.json) throw new UsageError('check prints text; use `clio analyze --json` for JSON');
        return await check(parsed.values.root ?? '.', paths);
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
}

function usage(message: string): number {
  process.stderr.write(`clio: ${message}\n\n${USAGE}\n`);
  return 2;
}

async function load(root: string, paths: string[]) {
  try {
    if (!(await stat(root)).isDirectory()) throw new UsageError(`--root ${root} is not a folder`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--root ${root} does not exist`);
  }
  const loaded = await loadCorpus(root, paths);
  for (const s of loaded.skipped) process.stderr.write(`clio: warning: skipped ${s.path}: ${s.reason}\n`);
  for (const key of loaded.index.keys()) {
    const doc = loaded.index.get(key)!;
    for (const p of doc.problems) {
      if (p.severity === 'hint') continue;
      const pos = doc.lines.positionAt(p.start);
      process.stderr.write(`clio: ${p.severity}: ${key}:${pos.line + 1}:${pos.character + 1}: ${p.message}\n`);
    }
  }
  if (!loaded.index.registerKey) process.stderr.write(`clio: note: no register.yaml under ${root}; showing dates and candidate names only\n`);
  return loaded;
}

async function analyze(root: string, paths: string[]): Promise<number> {
  const { index, targets } = await load(root, paths);
  const documents = targets.map((key) => {
    const doc = index.get(key)!;
    return {
      path: key,
      entities: doc.entities.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        id: m.id,
        type: m.type,
        derived: m.derived,
        ...(m.candidates ? { ambiguous: m.candidates } : {}),
        ...(m.misspelling ? { misspelling: true } : {}),
        ...(m.nearMiss ? { didYouMean: m.nearMiss } : {}),
      })),
      dates: doc.dates.map((d) => ({
        start: d.start,
        end: d.end,
        text: d.text,
        earliest: d.interval?.earliest ?? null,
        latest: d.interval?.latest ?? null,
        edtf: d.edtf ?? null,
        kind: d.kind,
        granularity: d.granularity ?? null,
        qualifiers: d.qualifiers,
        ...(d.interval ? { tei: teiAttributes(d.interval, d.granularity) } : {}),
        ...(d.implied ? { implied: true } : {}),
        ...(d.otherCalendar ? { otherCalendar: d.otherCalendar } : {}),
      })),
      claims: doc.claims.map((c) => ({ event: c.event, start: c.start, end: c.end, text: c.dateText, earliest: c.interval.earliest, latest: c.interval.latest })),
    };
  });
  const conflicts = relevantConflicts(index, targets).map((c) => ({
    event: c.event,
    rule: c.rule,
    message: c.message,
    a: side(c.a),
    b: side(c.b),
  }));
  process.stdout.write(JSON.stringify({ version: 1, documents, conflicts }, null, 2) + '\n');
  return 0;
}

function side(r: Conflict['a']) {
  return { path: r.source, start: r.start, end: r.end, text: r.text, earliest: r.interval.earliest, latest: r.interval.latest, ...(r.reference ? { reference: true } : {}) };
}

/** Conflicts that involve at least one of the documents asked about. */
function relevantConflicts(index: CorpusIndex, targets: string[]): Conflict[] {
  const wanted = new Set(targets);
  return index.conflicts().filter((c) => wanted.has(c.a.source) || wanted.has(c.b.source));
}

async function check(root: string, paths: string[]): Promise<number> {
  const { index, targets } = await load(root, paths);
  const conflicts = relevantConflicts(index, targets);
  const where = (r: Conflict['a']) => {
    const pos = index.get(r.source)?.lines.positionAt(r.start) ?? { line: 0, character: 0 };
    return `${r.source}:${pos.line + 1}:${pos.character + 1}`;
  };
  const byEvent = new Map<string, Conflict[]>();
  for (const c of conflicts) byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
  const out: string[] = [];
  for (const [, list] of [...byEvent].sort((x, y) => x[1][0].eventName.localeCompare(y[1][0].eventName))) {
    out.push(`${list[0].eventName} (${list[0].event})`);
    for (const c of list) {
      out.push(`  ${where(c.a)}  "${c.a.text}"  ${describeInterval(c.a.interval)}`);
      out.push(`  ${c.b.reference ? 'register' : 'vs'} ${where(c.b)}  "${c.b.text}"  ${describeInterval(c.b.interval)}`);
      out.push(`    ${c.message}`);
    }
    out.push('');
  }
  const docs = targets.length;
  out.push(conflicts.length ? `${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'} in ${byEvent.size} event${byEvent.size === 1 ? '' : 's'} across ${docs} documents.` : `No conflicting dates in ${docs} documents.`);
  process.stdout.write(out.join('\n') + '\n');
  return conflicts.length ? 1 : 0;
}

if (require.main === module) {
  // exitCode, not exit(): a piped stdout must drain before the process ends.
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`clio: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}
