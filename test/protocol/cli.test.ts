// The `clio` CLI as a user runs it: dist/cli.js in a child process.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
