// `npm run test:e2e`: build, check prerequisites, then run the e2e spec(s) in code-server + Chromium.
// Prints `e2e: skipped: <reason>` and exits 0 when this machine cannot run them (no Chromium, no code-server).
// Otherwise exits with mocha's code; the last line is always `e2e: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { REPO, ensureCodeServer } from '../../scripts/codeserver.mjs';

const t0 = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const skip = (reason) => {
  // CI installs Chromium and code-server on purpose: there, not running the spec is a failure.
  if (process.env.CI) {
    console.error(`e2e: cannot run in CI: ${reason}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`e2e: skipped: ${reason}`);
  process.exit(0);
};

// Usage: node test/e2e/run.mjs [--no-build] [spec files...]
// --no-build: dist/ is already built (npm test builds first). CLIO_E2E_EXTENSION=<folder> tests an
// already built extension (e.g. an unpacked .vsix) instead of this repo, and implies --no-build.
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build') || !!process.env.CLIO_E2E_EXTENSION;
const unknown = args.filter((a) => a.startsWith('-') && a !== '--no-build');
if (unknown.length) {
  console.error(`e2e: unknown option(s) ${unknown.join(' ')}; usage: node test/e2e/run.mjs [--no-build] [spec files...]`);
  process.exit(2);
}
if (!noBuild) {
  const build = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`e2e: build failed (exit ${build.status ?? build.signal})`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) skip(`${chromium} is missing (apt-get install -y chromium, or set CHROMIUM_PATH)`);
try {
  const t = Date.now();
  ensureCodeServer();
  console.log(`e2e: code-server ready (${secs(t)})`);
} catch (e) {
  skip(`code-server could not be installed: ${String(e.message).split('\n')[0]}`);
}

const mocha = new Mocha({ reporter: 'spec', timeout: 120_000, slow: 4_000 });
const files = args.filter((a) => !a.startsWith('-'));
const specs = files.length ? files : [path.join(REPO, 'test', 'e2e', 'clio.spec.mjs')];
for (const f of specs) mocha.addFile(path.resolve(f));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
  console.log(`screenshots: ${path.relative(process.cwd(), path.join(REPO, 'test-results', 'e2e')) || '.'}/`);
  console.log(`e2e: ${passes} passed, ${failed} failed${pending ? `, ${pending} pending` : ''} (${secs(t0)})`);
  process.exitCode = failures ? 1 : 0;
  // code-server and Chromium are stopped by the spec's after hook; don't let a stray handle hang CI.
  setTimeout(() => process.exit(process.exitCode), 2_000).unref();
});
