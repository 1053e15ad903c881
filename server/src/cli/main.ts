// The `clio` command line: `clio analyze --json` and `clio check`, on the same
// core as the language server.

import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { teiAttributes, type Conflict, type CorpusIndex } from '../core';
import { loadCorpus } from '../host/loadCorpus';
import { CHECK_FORMATS, jsonReport, reportUri, sarifReport, textReport, type CheckFormat, type ReportContext } from './report';

const USAGE = `Usage:
  clio analyze --json [--root DIR] [PATH...]   print entities, dates, claims and conflicts as JSON
  clio check [--root DIR] [--format F] [PATH...]
                                               list conflicting dates by event; exit 1 if there are any

Options:
  --root DIR   the corpus folder (its register.yaml and sources.yaml apply to every PATH); default: .
  --json       JSON output (analyze; for check, the same as --format json)
  --format F   check's output: text (default), json, or sarif (SARIF 2.1.0, for code scanning)
  -h, --help   this help`;

class UsageError extends Error {}

/** The package's version, which esbuild writes in at build time. */
declare const CLIO_VERSION: string | undefined;
const VERSION = typeof CLIO_VERSION === 'string' ? CLIO_VERSION : '0.0.0-dev';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
        if (parsed.values.format) throw new UsageError('--format is for check; analyze takes --json');
        return await analyze(parsed.values.root ?? '.', paths);
      case 'check': {
        const format = parsed.values.format ?? (parsed.values.json ? 'json' : 'text');
        if (!CHECK_FORMATS.includes(format as CheckFormat)) throw new UsageError(`unknown format "${format}" (text, json or sarif)`);
        if (parsed.values.json && format !== 'json') throw new UsageError('--json and --format disagree');
        return await check(parsed.values.root ?? '.', paths, format as CheckFormat);
      }
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

async function check(root: string, paths: string[], format: CheckFormat): Promise<number> {
  const { index, targets, files } = await load(root, paths);
  const conflicts = relevantConflicts(index, targets);
  const ctx: ReportContext = {
    position(key, offset) {
      const p = index.get(key)?.lines.positionAt(offset) ?? { line: 0, character: 0 };
      return { line: p.line + 1, column: p.character + 1 };
    },
    sourceName: (key) => index.sourceName(key),
    uri: (key) => reportUri(files.get(key) ?? key),
    documents: targets.length,
    outliers: targets.flatMap((key) => (index.get(key)?.outliers ?? []).map((outlier) => ({ source: key, outlier }))),
  };
  const report = format === 'sarif' ? sarifReport(conflicts, ctx, VERSION) : format === 'json' ? jsonReport(conflicts, ctx) : textReport(conflicts, ctx);
  process.stdout.write(report);
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
