// `npm test`: every suite this machine can run, then one plain closing line
// "N passed, N failed" that CI reads. A suite that cannot run here (no VS Code
// binary, no Chromium) says so and is counted as skipped, never as passed.

import { spawn } from 'node:child_process';

const suites = [
  { name: 'build', cmd: ['node', 'scripts/build.mjs'], kind: 'step' },
  { name: 'typecheck', cmd: ['node', 'node_modules/typescript/bin/tsc', '-p', '.', '--noEmit'], kind: 'step' },
  { name: 'unit', cmd: ['node', 'node_modules/mocha/bin/mocha.js', 'test/unit/**/*.test.ts'], kind: 'mocha' },
  { name: 'protocol', cmd: ['node', 'node_modules/mocha/bin/mocha.js', 'test/protocol/**/*.test.ts'], kind: 'mocha' },
  { name: 'e2e', cmd: ['node', 'test/e2e/run.mjs', '--no-build'], kind: 'mocha' },
  { name: 'vscode', cmd: ['node', 'test/vscode/runTest.mjs'], kind: 'mocha' },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];

for (const s of suites) {
  if (only.length && !only.includes(s.name) && s.kind !== 'step') continue;
  process.stdout.write(`\n=== ${s.name}: ${s.cmd.join(' ')}\n`);
  const started = Date.now();
  const { code, out } = await run(s.cmd);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (s.kind === 'step') {
    if (code !== 0) {
      failed++;
      summary.push(`${s.name}: FAILED (exit ${code})`);
    } else summary.push(`${s.name}: ok (${secs}s)`);
    continue;
  }
  const skip = /^(\S+): skipped: (.*)$/m.exec(out);
  if (skip && code === 0) {
    skipped++;
    summary.push(`${s.name}: skipped: ${skip[2]}`);
    continue;
  }
  const p = num(/(\d+) passing/g, out);
  const f = num(/(\d+) failing/g, out);
  const k = num(/(\d+) pending/g, out);
  passed += p;
  failed += f;
  skipped += k;
  if (code !== 0 && f === 0) {
    failed++; // the runner itself failed (crash, bad config): count it
    summary.push(`${s.name}: FAILED (exit ${code}, no test summary)`);
  } else summary.push(`${s.name}: ${p} passed, ${f} failed${k ? `, ${k} pending` : ''} (${secs}s)`);
}

process.stdout.write(`\n=== summary\n${summary.map((l) => '  ' + l).join('\n')}\n\n`);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed ? 1 : 0);

function num(re, text) {
  let last = 0;
  for (const m of text.matchAll(re)) last = Number(m[1]);
  return last;
}

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}
