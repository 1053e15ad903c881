// The `clio` CLI as a user runs it: dist/cli.js in a child process.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.join(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'mini');

function clio(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('clio CLI', function () {
  this.timeout(30000);

  it('analyze --json emits the contract for every source in the sample corpus', () => {
    const r = clio(['analyze', '--json', '--root', 'corpus']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    const sources = out.documents.filter((d: { path: string }) => d.path.startsWith('sources/'));
    assert.equal(sources.length, 5);
    for (const d of sources) {
      assert.ok(d.entities.length > 0, `${d.path} has entities`);
      assert.ok(d.dates.length > 0, `${d.path} has dates`);
      const e = d.entities.find((x: { id: string | null }) => x.id);
      assert.deepEqual(Object.keys(e).slice(0, 6), ['start', 'end', 'text', 'id', 'type', 'derived']);
      const dt = d.dates[0];
      for (const k of ['start', 'end', 'text', 'earliest', 'latest', 'edtf', 'kind']) assert.ok(k in dt, `date has ${k}`);
    }
    const withClaims = sources.filter((d: { claims: unknown[] }) => d.claims.length > 0);
    assert.ok(withClaims.length >= 3, `claims in ${withClaims.length} sources`);
    // Offsets are UTF-16 indices into the file as read.
    const doc = sources[1];
    const text = require('node:fs').readFileSync(path.join(REPO, 'corpus', doc.path), 'utf8') as string;
    for (const m of doc.entities.slice(0, 50)) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('check lists the conflict over the date of Lenin’s death and exits 1', () => {
    const r = clio(['check', '--root', 'corpus']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /Death of Lenin/);
    assert.match(r.stdout, /early January 1924/);
    assert.match(r.stdout, /January 21, 1924/);
    // A year far out of line with its text is listed as a likely slip of the pen.
    assert.match(r.stdout, /"2017" lies far outside the other dates in this text \(mostly 1913–1927\)\. Did you mean 1917\?/);
    assert.match(r.stdout, /9 conflicts in 5 events across 7 documents; 1 year out of line with its text\./);
  });

  it('check exits 0 when nothing conflicts, and 2 on bad usage', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clio-cli-'));
    try {
      writeFileSync(path.join(dir, 'a.txt'), 'Karl Radek arrived in Berlin in March 1921.');
      const ok = clio(['check', '--root', dir]);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /No conflicting dates/);
      assert.match(ok.stderr, /no register\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(clio(['frobnicate']).code, 2);
    assert.equal(clio([]).code, 2);
    assert.equal(clio(['analyze']).code, 2, 'analyze without --json');
    assert.equal(clio(['check', '--root', '/nonexistent/folder']).code, 2);
    assert.equal(clio(['check', '--bogus']).code, 2);
  });

  it('analyses paths outside the root with the root’s register, and they take part in conflicts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clio-cli-'));
    try {
      const note = path.join(dir, 'draft.md');
      writeFileSync(note, 'Trotsky wrote that Lenin died on 21 January 1923.\n');
      const r = clio(['analyze', '--json', '--root', FIXTURE, note]);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.documents.map((d: { path: string }) => d.path), [note]);
      const ids = out.documents[0].entities.map((e: { id: string }) => e.id);
      assert.deepEqual(ids, ['trotsky', 'lenin']);
      assert.ok(out.conflicts.some((c: { event: string; a: { path: string }; b: { path: string } }) => c.event === 'lenin-death' && (c.a.path === note || c.b.path === note)));
      const check = clio(['check', '--root', FIXTURE, note]);
      assert.equal(check.code, 1);
      assert.match(check.stdout, /draft\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check --format json groups the conflicts by event, each claim with its path, line and column', () => {
    const r = clio(['check', '--root', 'corpus', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    const lenin = out.events.find((e: { event: string }) => e.event === 'lenin-death');
    assert.equal(lenin.name, 'Death of Lenin');
    assert.equal(out.count, out.events.reduce((n: number, e: { conflicts: unknown[] }) => n + e.conflicts.length, 0));
    for (const e of out.events)
      for (const c of e.conflicts)
        for (const side of [c.a, c.b]) {
          // The path is relative to the working folder, and line and column (1-based) point at the quoted date.
          const line = readFileSync(path.join(REPO, side.path), 'utf8').split('\n')[side.line - 1];
          // The register's date may stand in quotes in its YAML.
          const at = side.column - 1 + (side.reference && line[side.column - 1] === '"' ? 1 : 0);
          assert.equal(line.slice(at, at + side.text.length), side.text, `${side.path}:${side.line}:${side.column}`);
        }
    assert.ok(lenin.conflicts.some((c: { a: { text: string }; b: { text: string } }) => [c.a.text, c.b.text].includes('January 21, 1924')));
    assert.deepEqual(out.outliers.map((o: { path: string; text: string; suggestion: number }) => [o.path, o.text, o.suggestion]), [['corpus/sources/deutscher-prophet-unarmed-review.txt', '2017', 1917]]);
  });

  it('check --format sarif reports each conflicting claim in a source, with a fingerprint that survives an edit above it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clio-cli-'));
    try {
      const note = path.join(dir, 'draft.md');
      writeFileSync(note, 'Trotsky wrote that Lenin died on 21 January 1923.\n');
      const sarif = (args: string[]) => JSON.parse(clio(['check', '--root', FIXTURE, '--format', 'sarif', ...args], dir).stdout);
      const before = sarif([note]);
      assert.equal(before.version, '2.1.0');
      const run = before.runs[0];
      assert.equal(run.tool.driver.name, 'Clio');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const ours = run.results.filter((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri === 'draft.md');
      // The draft contradicts two sources and the register's reference date: one result for each, on the draft's claim.
      assert.equal(ours.length, 3, JSON.stringify(run.results, null, 1));
      for (const result of ours) {
        assert.ok(run.tool.driver.rules.some((rule: { id: string }) => rule.id === result.ruleId));
        assert.equal(result.level, 'warning');
        assert.match(result.message.text, /^Death of Lenin: this text says "21 January 1923"/);
        assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 34, endLine: 1, endColumn: 49, snippet: { text: '21 January 1923' } });
        assert.equal(result.relatedLocations.length, 1);
      }
      const reference = ours.find((x: { ruleId: string }) => x.ruleId === 'source-vs-reference');
      assert.match(reference.message.text, /the register gives 1924-01-21/);
      assert.match(reference.relatedLocations[0].physicalLocation.artifactLocation.uri, /register\.yaml$/);
      const result = ours.find((x: { ruleId: string; message: { text: string } }) => x.ruleId === 'source-vs-source' && /January 21, 1924/.test(x.message.text));
      // A line written above the claim moves it, but the conflict is the same one.
      writeFileSync(note, '# Draft\n\nTrotsky wrote that Lenin died on 21 January 1923.\n');
      const after = sarif([note]).runs[0].results.find(
        (x: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          x.locations[0].physicalLocation.artifactLocation.uri === 'draft.md' && x.ruleId === 'source-vs-source' && /January 21, 1924/.test(x.message.text),
      );
      assert.equal(after.locations[0].physicalLocation.region.startLine, 3);
      assert.deepEqual(after.partialFingerprints, result.partialFingerprints);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(clio(['check', '--format', 'xml']).code, 2);
    assert.equal(clio(['check', '--json', '--format', 'sarif']).code, 2);
  });

  it('skips a binary file with a warning that names it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clio-cli-'));
    try {
      writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
      writeFileSync(path.join(dir, 'ok.txt'), 'In 1921 the Kronstadt sailors rose.');
      const r = clio(['analyze', '--json', '--root', dir]);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /skipped scan\.txt: binary/);
      assert.deepEqual(JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path), ['ok.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
